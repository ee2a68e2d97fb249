import { liveQuery } from 'dexie';
import { useLayoutEffect, useState } from 'preact/hooks';

/** Re-renders whenever the Dexie query's result changes. */
export function useLiveQuery<T>(query: () => Promise<T>, deps: unknown[]): T | undefined {
  const [value, setValue] = useState<T | undefined>(undefined);
  // A layout effect subscribes right after the first render, not a frame later (the panel's first paint waits on it).
  useLayoutEffect(() => {
    const sub = liveQuery(query).subscribe({ next: setValue, error: (e) => console.error('[leakscope]', e) });
    return () => sub.unsubscribe();
  }, deps);
  return value;
}
