import { describe, expect, it } from 'vitest';
import type { RequestRow } from '@/utils/db';
import { foldPreflights, isPreflight } from '@/utils/request-preflights';

// CORS preflights stay in the database but are folded into the call they precede in the table.

const URL_A = 'https://api.openai.com/v1/chat/completions';
let n = 0;
function row(over: Partial<RequestRow>): RequestRow {
  return {
    id: `r${++n}`, visitId: 'v', tabId: 1, frameId: 0, url: URL_A, method: 'POST', transport: 'fetch', seenBy: 'both',
    joinKey: 'k', joinOpen: 0, initiator: { method: 'stack' }, startedAt: 1000, ...over,
  };
}
const preflight = (over: Partial<RequestRow> = {}) => row({
  method: 'OPTIONS', transport: 'other', resourceType: 'other', seenBy: 'webRequest',
  requestHeaders: [['Access-Control-Request-Method', 'POST'], ['Access-Control-Request-Headers', 'content-type']], startedAt: 1002, ...over,
});

describe('which rows are CORS preflights', () => {
  it.each([
    ['an OPTIONS with Access-Control-Request-Method', preflight(), true],
    ['the same header in lower case, values dropped after the raw window', preflight({ requestHeaders: [['access-control-request-method', 'fp:1a2b']] }), true],
    ['an OPTIONS of type other only webRequest saw, before its headers arrived', preflight({ requestHeaders: undefined }), true],
    ['the page\'s own OPTIONS call (the hook saw it), without the header', row({ method: 'OPTIONS', seenBy: 'both', requestHeaders: [['accept', '*/*']] }), false],
    ['an OPTIONS with headers but no Access-Control-Request-Method', preflight({ requestHeaders: [['origin', 'http://store.test']] }), false],
    ['a POST', row({}), false],
  ])('%s → %s', (_name, r, expected) => {
    expect(isPreflight(r)).toBe(expected);
  });
});

describe('folding preflights into the call they precede', () => {
  it.each([
    ['a preflight and its call (hook-dated a little earlier)', () => [row({ id: 'call', startedAt: 1000 }), preflight({ id: 'pre' })], ['call'], { call: 'pre' }],
    ['a preflight whose call never went (it failed)', () => [preflight({ id: 'pre' })], ['pre'], {}],
    ['a preflight for another URL than the call', () => [row({ id: 'call' }), preflight({ id: 'pre', url: `${URL_A}?x=1` })], ['call', 'pre'], {}],
    ['a preflight from another frame', () => [row({ id: 'call' }), preflight({ id: 'pre', frameId: 3 })], ['call', 'pre'], {}],
    ['a preflight further away in time than the join window', () => [row({ id: 'call', startedAt: 1000 }), preflight({ id: 'pre', startedAt: 20_000 })], ['call', 'pre'], {}],
    ['two calls to one URL, each with its own preflight', () => [
      row({ id: 'c1', startedAt: 1000 }), preflight({ id: 'p1', startedAt: 1001 }), row({ id: 'c2', startedAt: 5000 }), preflight({ id: 'p2', startedAt: 5003 }),
    ], ['c1', 'c2'], { c1: 'p1', c2: 'p2' }],
    ['the page\'s own OPTIONS call, which is listed like any call', () => [row({ id: 'own', method: 'OPTIONS', seenBy: 'both' })], ['own'], {}],
  ])('%s', (_name, make, listed, tags) => {
    const folded = foldPreflights(make());
    expect(folded.rows.map((r) => r.id)).toEqual(listed);
    expect(Object.fromEntries([...folded.preflightOf].map(([id, pre]) => [id, pre.id]))).toEqual(tags);
  });

  it('counts every preflight, folded or not, and keeps the rows\' order', () => {
    const rows = [row({ id: 'c2', startedAt: 5000 }), preflight({ id: 'p2', startedAt: 5002 }), preflight({ id: 'lone', url: 'https://x.test/' }), row({ id: 'c1' })];
    const folded = foldPreflights(rows);
    expect(folded.preflights).toBe(2);
    expect(folded.rows.map((r) => r.id)).toEqual(['c2', 'lone', 'c1']);
  });
});
