// Bodies a recorder must survive — 64 MB, binary, malformed UTF-8, a stream, a locked stream, a
// file — are each recorded with their size, content type and a reason, never dropped or crashed on.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RequestRow } from '@/utils/db';
import { readTable, waitFor } from '../harness/browser.mjs';
import { STORE } from '../harness/hosts.mjs';
import { startSession, type Session } from '../harness/session.mjs';

const CASES = ['huge', 'binary', 'malformed', 'stream', 'locked', 'file'];
let s: Session;
let results: [string, number | string][];
let rows: Map<string, RequestRow>;

const caseOf = (r: RequestRow) => /[?&]case=(\w+)/.exec(r.url)?.[1];

beforeAll(async () => {
  s = await startSession();
  const page = await s.ctx.newPage();
  await page.goto(`${STORE}/bad-input/`);
  results = await page.evaluate(() => (window as unknown as { aiBulkUpload: { run(): Promise<[string, number | string][]> } }).aiBulkUpload.run());
  rows = (await waitFor(async () => {
    const all = ((await readTable(s.ext, 'requests')) as RequestRow[]).filter((r) => caseOf(r) && r.bodySource === 'hook');
    const byCase = new Map(all.map((r) => [caseOf(r)!, r]));
    return CASES.every((c) => byCase.has(c)) ? byCase : null;
  }, { timeoutMs: 20_000, message: 'a hook-side row for every bad-input case' }))!;
}, 60_000);

afterAll(async () => {
  await s?.close();
});

describe('bad input (Chromium)', () => {
  it('the page\'s calls got the browser\'s own answers (stream bodies need HTTP/2, so those fail on this HTTP/1.1 server)', () => {
    expect(Object.fromEntries(results)).toEqual({ huge: 200, binary: 200, malformed: 200, file: 200, stream: 'TypeError', locked: 'TypeError' });
  });

  it.each([
    ['a 64 MB string keeps the first 1 MB and says it was truncated', 'huge',
      { kind: 'text', status: 'truncated', reason: 'truncated at 1048576 bytes', capturedBytes: 1048576, contentType: 'text/plain;charset=UTF-8' }],
    ['binary bytes are kept as base64 and called binary', 'binary',
      { kind: 'arraybuffer', status: 'binary', reason: 'binary', size: 10, base64: 'AJ+SlgABAgMA/w==' }],
    ['malformed UTF-8 is kept as base64 and called undecodable', 'malformed',
      { kind: 'typedarray', status: 'undecodable', reason: 'undecodable: not valid UTF-8', size: 7, base64: 'aGkg//79IQ==' }],
    ['a stream the hook could tee is read without consuming the page\'s copy', 'stream',
      { kind: 'stream', status: 'ok', text: 'streamed body', size: 13 }],
    ['a locked stream is recorded as not readable', 'locked',
      { kind: 'stream', status: 'unreadable', reason: 'stream not readable: locked', size: null }],
    ['a file in a form is described, not read', 'file',
      { kind: 'formdata', status: 'ok', contentType: 'multipart/form-data', parts: [{ name: 'note', value: 'catalogue' }, { name: 'file', file: { name: 'products.csv', type: 'text/csv', size: 8 } }] }],
  ])('%s', (_name, c, expected) => {
    expect(rows.get(c)!.body).toMatchObject(expected);
  });

  it('the 64 MB body\'s size is at least 64 MB', () => {
    expect(rows.get('huge')!.body!.size).toBeGreaterThanOrEqual(64 * 1024 * 1024);
  });
});
