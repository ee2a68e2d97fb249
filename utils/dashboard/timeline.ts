import type { MarkerRow, VisitRow } from '../db';
import { pageTypeOf } from './finding-index';
import { displayUrl } from './display-url';
import { noCounts, type SeverityCounts } from './severity-counts';

// A session's visits and step markers in one time-ordered list.

export type TimelineEntry =
  | { kind: 'visit'; id: string; time: number; url: string; pageType: string; title?: string; counts: SeverityCounts }
  | { kind: 'marker'; id: string; time: number; label: string };

export function sessionTimeline(
  visits: readonly VisitRow[],
  markers: readonly MarkerRow[],
  counts: ReadonlyMap<string, SeverityCounts>,
): TimelineEntry[] {
  const entries: TimelineEntry[] = [
    ...visits.map((v): TimelineEntry => ({
      kind: 'visit', id: v.id, time: v.startedAt, url: displayUrl(v.url), pageType: pageTypeOf(v),
      ...(v.title ? { title: v.title } : {}), counts: counts.get(v.id) ?? noCounts(),
    })),
    ...markers.map((m): TimelineEntry => ({ kind: 'marker', id: m.id, time: m.time, label: m.label })),
  ];
  // At the same instant a marker comes after the visit it was set on.
  return entries.sort((a, b) => a.time - b.time || (a.kind === b.kind ? 0 : a.kind === 'visit' ? -1 : 1));
}
