import type { LeakscopeDB } from './db';
import { visitOfDocument, type DocumentRef } from './tab-history';

// Reads what visitOfDocument needs: the tab's history and the URLs its recent visits showed.

export async function findDocumentVisit(db: LeakscopeDB, tabId: number, ref: DocumentRef): Promise<string | null | undefined> {
  const row = await db.tabs.get(tabId);
  if (!row) return undefined;
  const ids = ref.url === undefined ? [] : [...new Set(row.history.flatMap((h) => (h.visitId ? [h.visitId] : [])))];
  const urls = new Map<string, string[]>();
  for (const v of await db.visits.bulkGet(ids)) if (v) urls.set(v.id, [v.url, ...v.spaNavigations.map((n) => n.url)]);
  return visitOfDocument(row, ref, (id) => urls.get(id) ?? []);
}
