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

/** The document a message came from: Chrome (106+) names it by documentId; every browser gives its URL. */
export interface DocumentRef {
  documentId?: string;
  url?: string;
  /** When the message arrived: used only when neither of the above is known. */
  time: number;
}

const withoutFragment = (url: string) => url.split('#', 1)[0]!;

/**
 * The visit (null: an unmonitored page) of the document that sent a message, matched by what the
 * document is rather than when its message arrived: a page's report can arrive after the tab moved
 * on. By documentId; else by URL (the visit's own or an SPA route) among entries with no documentId
 * of their own; else by time. undefined: the document is not in the tab's recent history.
 */
export function visitOfDocument(
  row: TabRow | undefined, ref: DocumentRef, urlsOf: (visitId: string) => readonly string[],
): string | null | undefined {
  if (!row || row.history.length === 0) return undefined;
  const byId = documentVisit(row, ref.documentId);
  if (byId !== undefined) return byId;
  if (ref.url === undefined) return ref.documentId === undefined ? visitAt(row, ref.time) : undefined;
  const url = withoutFragment(ref.url);
  // An entry that has a documentId (not the sender's) is another document, whatever its URL.
  const same = row.history.filter((h) => (ref.documentId === undefined || h.documentId === undefined)
    && h.visitId !== null && urlsOf(h.visitId).some((u) => withoutFragment(u) === url));
  // The same URL twice (a reload, in a browser without documentId): the one showing at the time.
  return (same.findLast((h) => h.since <= ref.time) ?? same.at(-1))?.visitId;
}
