import type { ComponentChildren } from 'preact';
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { offsetsOf, visibleRange } from '@/utils/panel/windowing';

interface Props<T> {
  items: readonly T[];
  keyOf: (item: T) => string;
  /** Height before the row was measured (px). */
  estimate: (item: T) => number;
  render: (item: T) => ComponentChildren;
  label: string;
  class?: string;
}

// When the container has no layout yet (tests, hidden), render as if it were this tall.
const FALLBACK_VIEWPORT = 600;

/** A scrolling list that renders only the rows in view; rows are measured after they render. */
export function VirtualList<T>({ items, keyOf, estimate, render, label, class: className }: Props<T>) {
  const ref = useRef<HTMLDivElement>(null);
  const measured = useRef(new Map<string, number>());
  const [view, setView] = useState({ top: 0, height: FALLBACK_VIEWPORT });
  const [, remeasured] = useState(0);

  const offsets = offsetsOf(items.map((item) => measured.current.get(keyOf(item)) ?? estimate(item)));
  const { start, end } = visibleRange(offsets, view.top, view.height);
  const read = () => {
    const el = ref.current;
    if (el) setView({ top: el.scrollTop, height: el.clientHeight || FALLBACK_VIEWPORT });
  };

  useEffect(() => {
    read();
    const el = ref.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(read);
    observer.observe(el);
    return () => observer.disconnect();
  }, []);

  // Measure what was rendered; a changed height re-renders once with the true offsets.
  useLayoutEffect(() => {
    let changed = false;
    for (const child of Array.from(ref.current?.querySelectorAll<HTMLElement>(':scope > div > [data-key]') ?? [])) {
      const h = child.offsetHeight;
      const key = child.dataset.key!;
      if (h > 0 && measured.current.get(key) !== h) {
        measured.current.set(key, h);
        changed = true;
      }
    }
    if (changed) remeasured((n) => n + 1);
  });

  return (
    <div ref={ref} class={`vlist ${className ?? ''}`} onScroll={read} aria-label={label} tabIndex={-1} data-testid="vlist">
      <div style={{ height: `${offsets[items.length]}px`, position: 'relative' }}>
        {items.slice(start, end).map((item, i) => (
          <div key={keyOf(item)} data-key={keyOf(item)} class="vrow" style={{ top: `${offsets[start + i]}px` }}>
            {render(item)}
          </div>
        ))}
      </div>
    </div>
  );
}
