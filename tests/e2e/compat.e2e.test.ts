// Page compatibility: the hook must not change what a page observes. The compat page
// (compat-check plugin) runs fetch/XHR/WebSocket/EventSource/sendBeacon/image checks and exposes a
// JSON result; it must be identical in a Chromium WITH the extension (store monitored, so the hook
// captures) and in a plain Chromium WITHOUT it (same host rules, same fixture servers).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RequestRow } from '@/utils/db';
import { launchBrowser, readTable, waitFor, type LaunchedBrowser } from '../harness/browser.mjs';
import { STORE } from '../harness/hosts.mjs';
import { startServers, type FixtureServers } from '../harness/servers.mjs';
import { startSession, type Session } from '../harness/session.mjs';

const COMPAT_URL = `${STORE}/compat/`;
const SCRIPT = `${STORE}/wp-content/plugins/compat-check/compat.js?ver=1.0.0`;

let servers: FixtureServers;
let withExt: Session;
let plain: LaunchedBrowser;
let resultWith: Record<string, unknown>;
let resultWithout: Record<string, unknown>;

async function runCompat(ctx: import('playwright-core').BrowserContext): Promise<Record<string, unknown>> {
  const page = await ctx.newPage();
  await page.goto(COMPAT_URL);
  const json = await page.evaluate(() => (window as unknown as { __compatResult: Promise<string> }).__compatResult);
  await page.close();
  return JSON.parse(json) as Record<string, unknown>;
}

beforeAll(async () => {
  servers = await startServers();
  // The plain browser first, so its run cannot be influenced by the other.
  plain = await launchBrowser({ servers, withExtension: false });
  resultWithout = await runCompat(plain.ctx);
  await plain.close();
  withExt = await startSession({ servers });
  resultWith = await runCompat(withExt.ctx);
}, 90_000);

afterAll(async () => {
  await plain?.close();
  await withExt?.close();
  await servers?.close();
});

describe('page compatibility (Chromium)', () => {
  it('the checks themselves pass in a plain browser (sanity of the fixture)', () => {
    expect(resultWithout).toMatchObject({
      identity: { fetchName: 'fetch', fetchLength: 1, webSocket: ['WebSocket', 1, 0, 1, 2, 3], sendBeacon: ['sendBeacon', 1] },
      fetchText: { status: 200, text: 'hello from the compat endpoint ✓', isResponse: true },
      fetchStream: { text: 'chunk-1;chunk-2;chunk-3;' },
      fetchAbort: { threw: true, name: 'AbortError', isDOMException: true },
      fetchBadHost: { threw: true, name: 'TypeError', isTypeError: true },
      fetchBadUrl: { threw: true, isTypeError: true },
      xhrJson: { status: 200, responseType: 'json', response: { a: 1, list: [1, 2, 3], s: 'ünïcode' } },
      xhrArrayBuffer: { isArrayBuffer: true, bytes: [0, 1, 2, 3, 250, 251, 252, 253, 254, 255] },
      xhrSync: { status: 200, text: 'pong' },
      sendBeacon: { string: true, blob: true, noBody: true },
      webSocket: { instanceOf: true, messages: ['ping text', [1, 2, 3, 255]] },
      eventSource: { instanceOf: true, data: '{"delta":"token-1","n":1}' },
    });
  });

  it('with the extension the page observes exactly the same results', () => {
    expect(resultWith).toEqual(resultWithout);
  });

  it('and the hook was really active during the run (it recorded the compat requests)', async () => {
    const TRANSPORTS = ['fetch', 'xhr', 'beacon', 'websocket', 'eventsource'] as const;
    // Wait for every transport, not for any five rows: the fetches alone are five and land first.
    const rows = await waitFor(async () => {
      const r = ((await readTable(withExt.ext, 'requests')) as RequestRow[]).filter(
        (x) => x.initiator?.url === SCRIPT && (x.seenBy === 'both' || x.seenBy === 'hook'),
      );
      const seen = new Set(r.map((x) => x.transport));
      return TRANSPORTS.every((t) => seen.has(t)) ? r : null;
    }, { timeoutMs: 15_000, intervalMs: 250, throwOnTimeout: false });
    // On failure, say what was recorded instead (which transport is missing, who initiated what).
    const recorded = rows ? '' : ((await readTable(withExt.ext, 'requests')) as RequestRow[])
      .map((x) => `\n  ${x.seenBy} ${x.transport} ${x.method} ${x.url.slice(0, 80)} initiator=${x.initiator?.url ?? x.initiator?.method}`).join('');
    expect(rows?.length ?? 0, `rows initiated by compat.js and seen by the hook; recorded:${recorded}`).toBeGreaterThanOrEqual(5);
    const transports = new Set(rows?.map((r) => r.transport));
    for (const t of TRANSPORTS) expect(transports).toContain(t);
  });
});
