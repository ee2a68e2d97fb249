// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { RequestTable } from '@/components/RequestTable';
import type { LeakscopeDB, RequestRow } from '@/utils/db';
import { freshDb } from './helpers';

// The request table lists a page's requests; the browser's CORS preflights are folded into the
// call they precede (a tag) and shown as rows only on request. They stay in the database.

const API = 'https://api.openai.com/v1/chat/completions';
const base = { visitId: 'v1', tabId: 1, frameId: 0, joinKey: 'k', joinOpen: 0 as const, initiator: { method: 'stack' as const } };
const call: RequestRow = { ...base, id: 'call', url: API, method: 'POST', transport: 'fetch', seenBy: 'both', startedAt: 1000 };
const pre: RequestRow = {
  ...base, id: 'pre', url: API, method: 'OPTIONS', transport: 'other', resourceType: 'other', seenBy: 'webRequest', startedAt: 1003,
  requestHeaders: [['Access-Control-Request-Method', 'POST']], statusCode: 204,
};
let db: LeakscopeDB;

beforeEach(() => {
  db = freshDb();
});
afterEach(cleanup);

const shownRows = async () => {
  await screen.findByTestId('requests');
  return screen.getAllByTestId('request-row').map((r) => within(r).getAllByRole('cell')[0]!.textContent);
};

describe('CORS preflights in the request table', () => {
  it.each([
    ['a call after its preflight: one row, tagged', [call, pre], ['fetch POST + preflight'], true],
    ['a preflight alone (its call never went): listed as a preflight', [pre], ['CORS preflight (OPTIONS, sent by the browser)'], true],
    ['a call without a preflight: no tag and no toggle', [call], ['fetch POST'], false],
  ])('%s', async (_name, rows, cells, toggle) => {
    await db.requests.bulkPut(rows);
    render(<RequestTable db={db} visitId="v1" />);
    expect(await shownRows()).toEqual(cells);
    expect(screen.queryByTestId('show-preflights') !== null).toBe(toggle);
  });

  it('shows the preflights as rows of their own when asked, and keeps them in the database either way', async () => {
    await db.requests.bulkPut([call, pre]);
    render(<RequestTable db={db} visitId="v1" />);
    expect(await shownRows()).toHaveLength(1);
    fireEvent.click(screen.getByTestId('show-preflights'));
    expect(await shownRows()).toEqual(['CORS preflight (OPTIONS, sent by the browser)', 'fetch POST + preflight']);
    expect(await db.requests.count()).toBe(2);
  });
});
