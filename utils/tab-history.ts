import type { TabRow } from './db';

// Which visit of a tab was showing at a given time. Late events (a relay resend after the tab moved
// on, a beacon sent while unloading) belong to the page that made them, not to the newest one.

const KEEP = 5;

export function visitAt(row: TabRow | undefined, time: number): string | null {
  if (!row || row.history.length === 0) return null;
  for (let i = row.history.length - 1; i >= 0; i--) {
    const entry = row.history[i]!;
    if (entry.since <= time) return entry.visitId;
  }
  return row.history[0]!.visitId;
}

/** The visit (null: unmonitored page) of a document already in the tab's history, if it is there. */
export function documentVisit(row: TabRow | undefined, documentId: string | undefined): string | null | undefined {
  if (documentId === undefined || !row) return undefined;
  return row.history.findLast((h) => h.documentId === documentId)?.visitId;
}

export function currentVisit(row: TabRow | undefined): string | null {
  return row?.history.at(-1)?.visitId ?? null;
}

/** The row after a navigation; undefined when the tab no longer shows any monitored page. */
export function withNavigation(
  row: TabRow | undefined, tabId: number, visitId: string | null, since: number, documentId?: string,
): TabRow | undefined {
  if (!row && visitId === null) return undefined;
  const history = [...(row?.history ?? []), { visitId, since, ...(documentId ? { documentId } : {}) }].slice(-KEEP);
  if (history.every((h) => h.visitId === null)) return undefined;
  return { tabId, history };
}
