import type { ComponentChildren } from 'preact';
import { useMemo, useState } from 'preact/hooks';
import { offsetsOf, visibleRange } from '@/utils/panel/windowing';

// Renders only the rows in view (plus a few): a list of 10,000 findings stays as cheap as 30.

interface Props<T> {
  items: readonly T[];
  rowHeight: number;
  /** Height of the scrolling box in px (fixed, so nothing has to be measured). */
  height: number;
  label: string;
  renderRow(item: T, index: number): ComponentChildren;
  testId?: string;
}


export function VirtualList<T>({ items, rowHeight, height, label, renderRow, testId }: Props<T>) {
  const [scrollTop, setScrollTop] = useState(0);
  // Rows have one fixed height here, so the offsets only change with the number of rows.
  const offsets = useMemo(() => offsetsOf(new Array<number>(items.length).fill(rowHeight)), [items.length, rowHeight]);
  const { start: first, end: last } = visibleRange(offsets, scrollTop, height, rowHeight * 8);
  return (
    <div
      class="dash-vlist" role="list" aria-label={label} data-testid={testId} tabIndex={0}
      style={{ height: `${Math.min(height, items.length * rowHeight + 2)}px` }}
      onScroll={(e) => setScrollTop(e.currentTarget.scrollTop)}
    >
      <div style={{ height: `${items.length * rowHeight}px`, position: 'relative' }}>
        {items.slice(first, last).map((item, i) => (
          <div role="listitem" key={first + i} class="dash-vrow" style={{ top: `${(first + i) * rowHeight}px`, height: `${rowHeight}px` }}>
            {renderRow(item, first + i)}
          </div>
        ))}
      </div>
    </div>
  );
}
