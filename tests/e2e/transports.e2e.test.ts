// Every transport a store page can use to send data to an AI service is recorded with the exact
// body, the initiating plugin script and the right visit, and both sides (page hook + webRequest)
// are joined into one row.
//
// The walk: shop → product → search → cart → checkout → my-account in one tab, each page running
// its fixture plugins (tests/fixtures/store/README.md lists which plugin uses which transport).
// Each plugin reports what it sent (marker, URL, body, script URL) through window.__fx; the fixture
// servers log what they received; the test compares both with the IndexedDB rows.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FindingRow, FrameRow, RequestRow, VisitRow } from '@/utils/db';
import { readAll, readTable, tabIdOf, waitFor } from '../harness/browser.mjs';
import { STORE, WIDGET } from '../harness/hosts.mjs';
import { base64Bytes, bodyFields, rowMentions } from '../harness/records.mjs';
import type { ReceivedEntry } from '../harness/servers.mjs';
import { startSession, type Session } from '../harness/session.mjs';
import { walkStore, type PageVisit, type SentEntry } from '../harness/store.mjs';

interface Tables {
  sessions: unknown[];
  visits: VisitRow[];
  requests: RequestRow[];
  frames: FrameRow[];
}

let s: Session;
let page: Page;
let walk: PageVisit[];
let tabId: number | null;
let db: Tables;

/** All the sent entries of the walk, with the page they were sent from. */
const allSent = () => walk.flatMap((v) => v.sent.map((e) => ({ page: v, e })));

/** Rows of `requests` that mention the marker (URL or body). */
const rowsFor = (tables: Tables, e: SentEntry) => tables.requests.filter((r) => rowMentions(r, e.marker));

/** Everything stored and joined? (Used to decide when to stop polling.) */
function complete(tables: Tables): boolean {
  return allSent().every(({ e }) => {
    const rows = rowsFor(tables, e);
    if (rows.length !== 1 || rows[0]!.seenBy !== 'both') return false;
    if (e.transport === 'websocket') {
      return tables.frames.filter((f) => f.socketHookId === rows[0]!.hookId).length >= (e.frames?.length ?? 0);
    }
    return true;
  });
}

beforeAll(async () => {
  s = await startSession();
  page = await s.ctx.newPage();
  walk = await walkStore(page);
  tabId = await tabIdOf(s.ext, page.url());
  // Poll until every marker is stored once and joined, or 15 s; the tests then show what is missing.
  db = (await waitFor(async () => {
    const t = (await readAll(s.ext)) as Tables;
    return complete(t) ? t : null;
  }, { timeoutMs: 15_000, intervalMs: 250, throwOnTimeout: false })) ?? ((await readAll(s.ext)) as Tables);
}, 90_000);

afterAll(async () => {
  await s?.close();
});

/** Find the one sent entry of the walk matching `pick`, the page it was sent from, and its row. */
function lookup(pageName: string, pick: (e: SentEntry) => boolean) {
  const pv = walk.find((v) => v.name === pageName);
  expect(pv, `the walk visited ${pageName}`).toBeDefined();
  expect(pv!.errors, `fixture plugins on ${pageName} completed`).toEqual([]);
  const e = pv!.sent.find(pick);
  expect(e, `a plugin on ${pageName} reported what it sent`).toBeDefined();
  const visit = db.visits.find((v) => v.url === pv!.url && v.tabId === tabId);
  expect(visit, `a visit for ${pv!.url} in tab ${tabId} (visits: ${JSON.stringify(db.visits.map((v) => [v.url, v.tabId]))})`).toBeDefined();
  const rows = rowsFor(db, e!);
  expect(rows, `exactly one request row mentions ${e!.marker}`).toHaveLength(1);
  return { pv: pv!, e: e!, visit: visit!, row: rows[0]! };
}

/** What the fixture servers received for this marker (URL or body). */
function receivedFor(marker: string, kind: ReceivedEntry['kind'] = 'http') {
  return s.servers.received.filter((r) => r.kind === kind && (r.url.includes(marker) || r.body.toString('latin1').includes(marker)));
}

/** Assertions shared by every transport. */
function expectCommon(row: RequestRow, e: SentEntry, visit: VisitRow, transport: RequestRow['transport'], method: string) {
  expect(row.transport).toBe(transport);
  expect(row.method).toBe(method);
  expect(row.url).toBe(new URL(e.url).href);
  expect(row.initiator?.url, 'initiator is the plugin script, ?ver= included').toBe(e.script);
  expect(row.visitId, "the row belongs to the page's visit").toBe(visit.id);
  expect(row.tabId).toBe(tabId);
  expect(row.seenBy, 'hook and webRequest joined into one row').toBe('both');
  expect(row.hookId, 'the hook side is present').toBeTruthy();
}

describe('transports (Chromium, store monitored)', () => {
  it('the walk ran: every page loaded in one tab and its plugins finished', () => {
    expect(tabId, 'the store tab is known to chrome.tabs').not.toBeNull();
    expect(walk.map((v) => v.name)).toEqual(['shop', 'product', 'search', 'cart', 'checkout', 'my-account']);
    for (const v of walk) expect(v.errors, v.name).toEqual([]);
    expect(allSent().map(({ e }) => e.transport).sort()).toEqual(
      ['beacon', 'eventsource', 'fetch', 'fetch', 'fetch', 'form', 'image', 'websocket', 'xhr'].sort(),
    );
  });

  it('one visit per page of the walk, in that tab, with the page URL', () => {
    const inTab = db.visits.filter((v) => v.tabId === tabId).sort((a, b) => a.startedAt - b.startedAt);
    expect(inTab.map((v) => v.url)).toEqual(walk.map((v) => v.url));
  });

  it('fetch with a JSON body (ai-engine → api.openai.com)', () => {
    const { e, visit, row } = lookup('product', (x) => x.plugin === 'ai-engine');
    expectCommon(row, e, visit, 'fetch', 'POST');
    expect(row.frameId).toBe(0);
    expect(row.body?.text).toBe(e.body);
    const got = receivedFor(e.marker);
    expect(got).toHaveLength(1);
    expect(got[0]!.body.toString('utf8')).toBe(row.body?.text);
  });

  it('fetch with a FormData body (ai-voice-search → api.openai.com)', () => {
    const { e, visit, row } = lookup('search', (x) => x.plugin === 'ai-voice-search');
    expectCommon(row, e, visit, 'fetch', 'POST');
    expect(row.body?.parts).toEqual(e.parts);
    expect(receivedFor(e.marker)).toHaveLength(1);
  });

  it('XHR with a form-urlencoded body (algolia-woocommerce → abc-dsn.algolia.net)', () => {
    const { e, visit, row } = lookup('search', (x) => x.plugin === 'algolia-woocommerce');
    expectCommon(row, e, visit, 'xhr', 'POST');
    expect(row.body?.text).toBe(e.body);
    const got = receivedFor(e.marker);
    expect(got).toHaveLength(1);
    expect(got[0]!.body.toString('utf8')).toBe(e.body);
  });

  it('sendBeacon (algolia-insights → insights.algolia.io)', () => {
    const { e, visit, row } = lookup('shop', (x) => x.plugin === 'algolia-insights');
    expectCommon(row, e, visit, 'beacon', 'POST');
    expect(row.body?.text).toBe(e.body);
    expect(receivedFor(e.marker).map((r) => r.body.toString('utf8'))).toEqual([e.body]);
  });

  it('WebSocket: the socket row, and one text and one binary frame with exact bytes (ai-chatbot-x → api.openai.com)', () => {
    const { e, visit, row } = lookup('product', (x) => x.transport === 'websocket');
    expectCommon(row, e, visit, 'websocket', 'GET');
    const frames = db.frames.filter((f) => f.socketHookId === row.hookId);
    expect(frames, 'frames linked to the socket row by socketHookId').toHaveLength(2);
    const sentText = e.frames!.find((f): f is { text: string } => 'text' in f)!.text;
    const sentBytes = e.frames!.find((f): f is { bytes: number[] } => 'bytes' in f)!.bytes;
    const textFrame = frames.find((f) => typeof f.body.text === 'string' && f.body.base64 === undefined);
    const binFrame = frames.find((f) => typeof f.body.base64 === 'string');
    expect(textFrame?.body.text).toBe(sentText);
    expect(base64Bytes(binFrame?.body.base64)).toEqual(sentBytes);
    for (const f of frames) {
      expect(f.visitId).toBe(visit.id);
      expect(f.initiator?.url).toBe(e.script);
      expect(f.url).toBe(e.url);
    }
    // The server got the same frames.
    const msgs = receivedFor(e.marker, 'ws-message');
    expect(msgs.filter((m) => !m.binary).map((m) => m.body.toString('utf8'))).toEqual([sentText]);
    expect(msgs.filter((m) => m.binary).map((m) => [...m.body])).toEqual([sentBytes]);
  });

  it('EventSource: the data is in the query string (ai-chatbot-x → api.anthropic.com)', () => {
    const { e, visit, row } = lookup('my-account', (x) => x.transport === 'eventsource');
    expectCommon(row, e, visit, 'eventsource', 'GET');
    const q = new URL(row.url).searchParams;
    expect(q.get('customer')).toBe('alice.customer@example.com');
    expect(q.get('q')).toBe('Where is my order #1042?');
    expect(receivedFor(e.marker)).toHaveLength(1);
  });

  it('image pixel GET set by a script (ai-product-recs → api.mistral.ai)', () => {
    const { e, visit, row } = lookup('shop', (x) => x.transport === 'image');
    expectCommon(row, e, visit, 'image', 'GET');
    expect(new URL(row.url).searchParams.get('email')).toBe('alice.customer@example.com');
    expect(receivedFor(e.marker)).toHaveLength(1);
  });

  it('cross-origin form POST into a named iframe (ai-checkout-assist → api.cohere.ai)', () => {
    const { e, visit, row } = lookup('checkout', (x) => x.transport === 'form');
    expectCommon(row, e, visit, 'form', 'POST');
    expect(bodyFields(row.body)).toEqual(e.fields);
    const got = receivedFor(e.marker);
    expect(got).toHaveLength(1);
    expect(Object.fromEntries(new URLSearchParams(got[0]!.body.toString('utf8')))).toEqual(e.fields);
  });

  it("a third-party iframe's own script (widget.chatvendor.test → api.anthropic.com) belongs to the top page's visit", () => {
    const { e, visit, row } = lookup('cart', (x) => x.frame === 'widget');
    expectCommon(row, e, visit, 'fetch', 'POST');
    expect(e.script.startsWith(`${WIDGET}/static/widget.js`)).toBe(true);
    expect(row.frameId, 'made in a subframe').not.toBe(0);
    expect(row.frameUrl).toBe(e.frameUrl);
    expect(row.body?.text).toBe(e.body);
    expect(visit.url).toBe(`${STORE}/cart/`);
    expect(receivedFor(e.marker).map((r) => r.body.toString('utf8'))).toEqual([e.body]);
  });
});

// A URL holding what the browser percent-encodes (a quote, a space, |, non-ASCII) and a fragment:
// the hook resolves it with the page's own URL parser, webRequest reports the network's
// serialisation without the fragment, and the two must still make one row. The fetch sends a
// custom header, so the browser also sends a CORS preflight, which only webRequest sees.
describe('a URL the browser percent-encodes (Chromium)', () => {
  const url = (marker: string) => `https://api.openai.com/v1/it's a|b é/chat?q=it's a|b^c é&m=${marker}#part'x y`;
  const CASES = [
    ['fetch', 'pct-fetch', (u: string) => void fetch(u, { method: 'POST', headers: { 'x-plugin': 'ai-chat' }, body: '{"q":"hi"}' }).catch(() => {})],
    ['xhr', 'pct-xhr', (u: string) => { const x = new XMLHttpRequest(); x.open('POST', u); x.send('{"q":"hi"}'); }],
    ['beacon', 'pct-beacon', (u: string) => void navigator.sendBeacon(u, '{"q":"hi"}')],
  ] as const;
  let tab: Page;
  let rows: RequestRow[] = [];
  const served: Record<string, string> = {};

  beforeAll(async () => {
    tab = await s.ctx.newPage();
    await tab.goto(`${STORE}/shop/`);
    for (const [, marker, send] of CASES) {
      // What the browser's own parser makes of it (fragment dropped): webRequest's URL.
      served[marker] = await tab.evaluate((u) => { const x = new URL(u, document.baseURI); x.hash = ''; return x.href; }, url(marker));
      await tab.evaluate(`(${send.toString()})(${JSON.stringify(url(marker))})`);
    }
    rows = (await waitFor(async () => {
      const all = (await readTable(s.ext, 'requests')) as RequestRow[];
      const joined = CASES.every(([, m]) => all.some((r) => r.url.includes(m) && r.method === 'POST' && r.seenBy === 'both'));
      return joined ? all : null;
    }, { timeoutMs: 15_000, throwOnTimeout: false })) ?? ((await readTable(s.ext, 'requests')) as RequestRow[]);
  }, 30_000);

  it.each(CASES.map(([transport, marker]) => [transport, marker]))('%s: one row, seen by both sides, under the URL the browser sent', (transport, marker) => {
    const own = rows.filter((r) => r.url.includes(marker) && r.method !== 'OPTIONS');
    expect(own.map((r) => ({ seenBy: r.seenBy, transport: r.transport, url: r.url }))).toEqual([{ seenBy: 'both', transport, url: served[marker] }]);
    expect(s.servers.received.filter((r) => r.kind === 'http' && r.method === 'POST' && r.url.includes(marker)).map((r) => r.url)).toEqual([served[marker]]);
  });

  it('the CORS preflight is a row of its own, webRequest only and with no finding', async () => {
    const preflights = rows.filter((r) => r.url.includes('pct-fetch') && r.method === 'OPTIONS');
    expect(preflights).toHaveLength(1);
    for (const p of preflights) expect(p).toMatchObject({ seenBy: 'webRequest', url: served['pct-fetch'] });
    const findings = (await readTable(s.ext, 'findings')) as FindingRow[];
    for (const p of preflights) expect(JSON.stringify(findings)).not.toContain(p.id);
  });
});
