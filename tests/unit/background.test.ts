import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '@/entrypoints/background';
import { DB_NAME, openDb } from '@/utils/db';
import type { RequestDetails } from '@/utils/web-request-observations';
import { hookEvent, STORE } from './helpers';

type Listener = (d: RequestDetails) => void;
let webRequest: Record<string, { listener?: Listener; spec?: string[] }>;

function stubWebRequest() {
  // fakeBrowser does not implement webRequest: capture the listeners the background adds.
  webRequest = {};
  for (const name of ['onBeforeRequest', 'onBeforeSendHeaders', 'onCompleted', 'onErrorOccurred']) {
    webRequest[name] = {};
    (fakeBrowser.webRequest as any)[name] = {
      addListener: vi.fn((cb: Listener, _filter: unknown, spec?: string[]) => Object.assign(webRequest[name]!, { listener: cb, spec })),
    };
  }
}

/** What a stopped worker loses: every listener it had registered. */
function forgetListeners() {
  const nav = fakeBrowser.webNavigation as unknown as Record<string, { removeAllListeners?: () => void }>;
  for (const event of Object.values(nav)) event.removeAllListeners?.();
  fakeBrowser.runtime.onMessage.removeAllListeners();
  fakeBrowser.tabs.onUpdated.removeAllListeners();
  fakeBrowser.tabs.onRemoved.removeAllListeners();
  fakeBrowser.storage.onChanged.removeAllListeners();
  stubWebRequest();
}

// One recorder batch window (400 ms) and its write.
const flush = () => new Promise((r) => setTimeout(r, 550));
const details = (over: Partial<RequestDetails> = {}): RequestDetails => ({
  requestId: '1', url: 'https://api.openai.com/v1/chat/completions', method: 'POST', type: 'xmlhttprequest',
  tabId: 1, frameId: 0, timeStamp: Date.now(), initiator: STORE,
  requestBody: { raw: [{ bytes: new TextEncoder().encode('{"q":"hello"}').buffer as ArrayBuffer }] }, ...over,
});

beforeEach(async () => {
  fakeBrowser.reset();
  forgetListeners();
  await Dexie.delete(DB_NAME);
  await fakeBrowser.storage.local.set({ settings: { monitored: [{ origin: STORE }] } });
});

// A test's background keeps working for a moment (batches, detection): let it finish before the
// next test deletes the database, or its late writes land in the next test's.
afterEach(flush);

describe('the background', () => {
  it('registers every listener synchronously while main() runs', () => {
    background.main();
    for (const name of Object.keys(webRequest)) expect(webRequest[name]!.listener, name).toBeTypeOf('function');
    expect(webRequest.onBeforeRequest!.spec).toEqual(['requestBody', 'extraHeaders']);
    expect(fakeBrowser.webNavigation.onCommitted.hasListeners()).toBe(true);
    expect(fakeBrowser.runtime.onMessage.hasListeners()).toBe(true);
  });

  it('records a monitored page\'s request from webRequest and the hook as one row', async () => {
    background.main();
    await fakeBrowser.webNavigation.onCommitted.trigger({ tabId: 1, frameId: 0, url: `${STORE}/checkout/`, timeStamp: Date.now() - 50 } as any);
    webRequest.onBeforeRequest!.listener!(details());
    const [reply] = await fakeBrowser.runtime.onMessage.trigger(
      { type: 'hook-events', events: [hookEvent({ time: Date.now() })] },
      { tab: { id: 1, url: `${STORE}/checkout/` }, frameId: 0 } as any,
      () => {},
    );
    expect(reply).toEqual({ ok: true, accepted: 1 });
    const rows = await openDb().requests.toArray();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ seenBy: 'both', body: { text: '{"q":"hello"}' } });
  });

  it('answers the relay\'s scope question from the tab\'s top-level URL', async () => {
    background.main();
    const ask = async (url: string) => (await fakeBrowser.runtime.onMessage.trigger({ type: 'scope' }, { tab: { id: 1, url }, frameId: 3 } as any, () => {}))[0];
    expect(await ask(`${STORE}/cart/`)).toEqual({ monitored: true, bodyCap: 1024 * 1024, storeHosts: [] });
    expect(await ask('http://other.test/')).toMatchObject({ monitored: false });
  });

  it.each([
    ['a monitored store', `${STORE}/cart/`, ['api.store.test', 'https://headless.store.test']],
    ['another site', 'http://other.test/', []],
  ])('tells the relay of %s the store hosts whose Store API answers are the store\'s own', async (_name, url, storeHosts) => {
    await fakeBrowser.storage.local.set({ settings: { monitored: [{ origin: STORE }], storeHosts: ['api.store.test', 'https://headless.store.test'] } });
    background.main();
    const [reply] = await fakeBrowser.runtime.onMessage.trigger({ type: 'scope' }, { tab: { id: 1, url }, frameId: 0 } as any, () => {});
    expect(reply).toMatchObject({ storeHosts });
  });

  it('drops invalid hook events, says how many in the console, and accepts the valid ones', async () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    background.main();
    await fakeBrowser.webNavigation.onCommitted.trigger({ tabId: 1, frameId: 0, url: `${STORE}/`, timeStamp: Date.now() - 50 } as any);
    const [reply] = await fakeBrowser.runtime.onMessage.trigger(
      { type: 'hook-events', events: [{ type: 'request', id: 'x' }, hookEvent({ time: Date.now() })] },
      { tab: { id: 1 }, frameId: 0 } as any,
      () => {},
    );
    expect(reply).toEqual({ ok: true, accepted: 1 });
    expect(errors.mock.calls.map((c) => String(c[0]))).toContainEqual(expect.stringContaining('dropped 1 hook event(s) that break the event contract'));
    errors.mockRestore();
  });

  it('keeps what it recorded, and the tab\'s visit, across a restart', async () => {
    background.main();
    await fakeBrowser.webNavigation.onCommitted.trigger({ tabId: 1, frameId: 0, url: `${STORE}/`, timeStamp: Date.now() - 50 } as any);
    webRequest.onBeforeRequest!.listener!(details({ requestId: 'a' }));
    await flush();
    forgetListeners();
    background.main(); // the service worker was stopped and started again
    webRequest.onBeforeRequest!.listener!(details({ requestId: 'b' }));
    await flush();
    const db = openDb();
    const rows = await db.requests.toArray();
    expect(rows).toHaveLength(2);
    expect(new Set(rows.map((r) => r.visitId)).size).toBe(1);
  });

  it('records nothing for an unmonitored tab', async () => {
    background.main();
    await fakeBrowser.webNavigation.onCommitted.trigger({ tabId: 2, frameId: 0, url: 'http://other.test/', timeStamp: Date.now() - 50 } as any);
    webRequest.onBeforeRequest!.listener!(details({ tabId: 2 }));
    await flush();
    const db = openDb();
    for (const table of db.tables) expect(await table.count(), table.name).toBe(0);
  });
});

// A page reports its type, inventory and seeds at idle after load; on a quick walk the report can
// arrive after the next page committed, or before the batch holding its own commit is written.
// A QA session starts between the two pages, so where the seeds went shows too.
describe('page reports during quick navigation', () => {
  const PAGE_TYPE = { page: { kind: 'product' }, isWordPress: true, isWooCommerce: true, evidence: ['body:woocommerce-js'], pageEvidence: ['body:single-product'] };
  const FACTS = { scripts: [`${STORE}/wp-content/plugins/ai-chat/chat.js?ver=1.2`], iframes: [], globals: [] };
  const SEED = { kind: 'email', value: 'late.report@example.com' };
  const EXT_PAGE = { url: fakeBrowser.runtime.getURL('/dashboard.html') };

  type Flavour = 'Chrome (documentId)' | 'Firefox (no documentId)';
  const navigate = (url: string, documentId: string, flavour: Flavour) => fakeBrowser.webNavigation.onCommitted.trigger({
    tabId: 1, frameId: 0, url, timeStamp: Date.now(), ...(flavour.startsWith('Chrome') ? { documentId } : {}),
  } as any);
  const report = (url: string, documentId: string, flavour: Flavour) => {
    const sender = { tab: { id: 1, url: `${STORE}/elsewhere/` }, frameId: 0, url, ...(flavour.startsWith('Chrome') ? { documentId } : {}) } as any;
    return Promise.all([
      fakeBrowser.runtime.onMessage.trigger({ type: 'page-type', page: PAGE_TYPE }, sender, () => {}),
      fakeBrowser.runtime.onMessage.trigger({ type: 'inventory', facts: FACTS }, sender, () => {}),
      fakeBrowser.runtime.onMessage.trigger({ type: 'seeds', seeds: [SEED] }, sender, () => {}),
    ]);
  };
  const seedsOf = async (sessionId: string) => JSON.stringify(await fakeBrowser.storage.session.get(`seeds:${sessionId}`));

  it.each([
    ['Chrome (documentId)', 'after the next page was written'],
    ['Chrome (documentId)', 'while the next page is still in its batch'],
    ['Chrome (documentId)', 'while its own page is still in its batch'],
    ['Firefox (no documentId)', 'after the next page was written'],
    ['Firefox (no documentId)', 'while the next page is still in its batch'],
    ['Firefox (no documentId)', 'while its own page is still in its batch'],
  ] as [Flavour, string][])('%s: a page report arriving %s lands on the page that sent it', async (flavour, when) => {
    background.main();
    const own = when.includes('its own page');
    const [first, second] = [`${STORE}/first/`, `${STORE}/second/`];
    await navigate(first, 'doc-first', flavour);
    await flush();
    await fakeBrowser.runtime.onMessage.trigger({ type: 'session-start', name: 'QA', evidenceMode: false }, EXT_PAGE, () => {});
    const committed = navigate(second, 'doc-second', flavour);
    if (when.startsWith('after')) await committed;
    const [url, documentId] = own ? [second, 'doc-second'] : [first, 'doc-first'];
    await report(url, documentId, flavour);
    const db = openDb();
    const visitOf = async (u: string) => (await db.visits.toArray()).find((v) => v.url === u)!;
    await vi.waitFor(async () => {
      expect((await visitOf(url)).page).toEqual(PAGE_TYPE);
      expect((await visitOf(url)).inventory).toBeDefined();
    }, { timeout: 5000 });
    const [sender, other] = [await visitOf(url), await visitOf(own ? first : second)];
    expect(other.page).toBeUndefined();
    expect(other.inventory).toBeUndefined();
    expect(sender.inventory!.components).toContainEqual(expect.objectContaining({ slug: 'ai-chat', version: '1.2' }));
    expect(await seedsOf(sender.sessionId)).toContain(SEED.value);
    expect(await seedsOf(other.sessionId)).not.toContain(SEED.value);
  });
});
