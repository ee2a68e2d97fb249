// Windowing for long lists: only the rows in (or near) the viewport are rendered. Row heights are
// estimated, then replaced by measured ones, so expanded rows and wrapped text still line up.

/** offsets[i] = top of row i; offsets[n] = total height. */
export function offsetsOf(heights: readonly number[]): number[] {
  const offsets = new Array<number>(heights.length + 1);
  offsets[0] = 0;
  for (let i = 0; i < heights.length; i++) offsets[i + 1] = offsets[i]! + heights[i]!;
  return offsets;
}

/** First row whose bottom is below `y` (binary search over offsets). */
function rowAt(offsets: readonly number[], y: number): number {
  let lo = 0;
  let hi = offsets.length - 2;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (offsets[mid + 1]! <= y) lo = mid + 1;
    else hi = mid;
  }
  return Math.max(0, lo);
}

/** Rows [start, end) to render for a viewport, with `overscan` px above and below. */
export function visibleRange(offsets: readonly number[], scrollTop: number, viewport: number, overscan = 200): { start: number; end: number } {
  const count = offsets.length - 1;
  if (count <= 0) return { start: 0, end: 0 };
  const start = rowAt(offsets, Math.max(0, scrollTop - overscan));
  let end = rowAt(offsets, scrollTop + viewport + overscan) + 1;
  end = Math.min(count, end);
  return { start, end };
}
