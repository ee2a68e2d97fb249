import { describe, expect, it } from 'vitest';
import { findDocumentVisit } from '@/utils/document-visit';
import type { TabRow } from '@/utils/db';
import { visitOfDocument, type DocumentRef } from '@/utils/tab-history';
import { apply, commit, freshDb, STORE } from './helpers';

// Which visit a page's late report (page type, inventory, seeds) belongs to: the document's, not
// the one showing when the report arrived.

const A = `${STORE}/a/`;
const B = `${STORE}/b/`;
const URLS: Record<string, string[]> = { va: [A], vb: [B], vb2: [B], vspa: [A, `${STORE}/a/route/`] };
const urlsOf = (id: string) => URLS[id] ?? [];
const tab = (...history: TabRow['history']): TabRow => ({ tabId: 1, history });

describe('the visit of the document that sent a message', () => {
  it.each<[string, TabRow | undefined, DocumentRef, string | null | undefined]>([
    ['by documentId, though the next page committed before the message came', tab({ visitId: 'va', since: 100, documentId: 'd-a' }, { visitId: 'vb', since: 200, documentId: 'd-b' }), { documentId: 'd-a', url: A, time: 300 }, 'va'],
    ['by documentId over a URL that another entry also shows', tab({ visitId: 'vb', since: 100, documentId: 'd-b' }, { visitId: 'vb2', since: 200, documentId: 'd-b2' }), { documentId: 'd-b', url: B, time: 300 }, 'vb'],
    ['an unmonitored document: null', tab({ visitId: 'va', since: 100, documentId: 'd-a' }, { visitId: null, since: 200, documentId: 'd-x' }), { documentId: 'd-x', url: 'http://other.test/', time: 300 }, null],
    ['a documentId not in the history, while every entry has its own: none (never a guess)', tab({ visitId: 'va', since: 100, documentId: 'd-a' }), { documentId: 'd-new', url: A, time: 300 }, undefined],
    ['a documentId not in the history: by URL among entries recorded without one', tab({ visitId: 'va', since: 0 }, { visitId: 'vb', since: 200, documentId: 'd-b' }), { documentId: 'd-a', url: A, time: 300 }, 'va'],
    ['Firefox (no documentId): by URL, though the next page committed before the message came', tab({ visitId: 'va', since: 100 }, { visitId: 'vb', since: 200 }), { url: A, time: 300 }, 'va'],
    ['Firefox: the URL with a fragment the visit did not have', tab({ visitId: 'va', since: 100 }, { visitId: 'vb', since: 200 }), { url: `${A}#reviews`, time: 300 }, 'va'],
    ['Firefox: the URL of an SPA route the visit went to', tab({ visitId: 'vspa', since: 100 }, { visitId: 'vb', since: 200 }), { url: `${STORE}/a/route/`, time: 300 }, 'vspa'],
    ['Firefox: the same URL twice (a reload): the one showing when the message came', tab({ visitId: 'vb', since: 100 }, { visitId: 'vb2', since: 200 }, { visitId: 'va', since: 300 }), { url: B, time: 250 }, 'vb2'],
    ['Firefox: a URL no recent visit showed: none', tab({ visitId: 'va', since: 100 }), { url: `${STORE}/c/`, time: 300 }, undefined],
    ['neither documentId nor URL (a subframe): the visit showing at the time', tab({ visitId: 'va', since: 100 }, { visitId: 'vb', since: 200 }), { time: 150 }, 'va'],
    ['a tab with no history: none', undefined, { documentId: 'd-a', url: A, time: 300 }, undefined],
  ])('%s', (_name, row, ref, expected) => {
    expect(visitOfDocument(row, ref, urlsOf)).toBe(expected);
  });

  it('reads the tab and its visits\' URLs from the database', async () => {
    const db = freshDb();
    await apply(db, [commit(A, 100), commit(B, 200)]);
    const [a, b] = await db.visits.orderBy('startedAt').toArray();
    expect(await findDocumentVisit(db, 1, { url: A, time: 300 })).toBe(a!.id);
    expect(await findDocumentVisit(db, 1, { url: B, time: 300 })).toBe(b!.id);
    expect(await findDocumentVisit(db, 2, { url: A, time: 300 })).toBeUndefined();
  });
});
