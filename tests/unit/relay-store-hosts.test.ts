import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { HookPageFact } from '@/utils/hook-event';
import { HELLO_EVENT, configEventName } from '@/utils/page-channel';
import { createRelay } from '@/utils/relay/relay';
import { MAX_STORE_HOSTS, isStoreUrl, readStoreHosts } from '@/utils/relay/store-hosts';

// Store API / ?wc-ajax= answers count only when they come from the store itself: the document's
// origin, or one of settings.storeHosts (a headless front end's API host), which the relay learns
// from the background's scope reply.

const STORE = 'https://shop.test';

describe('whether an answer comes from the store', () => {
  it.each([
    ['the document\'s own origin', `${STORE}/wp-json/wc/store/v1/cart`, [], true],
    ['another origin, no store hosts', 'https://api.shop.test/wp-json/wc/store/v1/cart', [], false],
    ['a bare store host, any port', 'https://api.shop.test:8443/wp-json/wc/store/v1/cart', ['api.shop.test'], true],
    ['a store host written in capitals', 'https://api.shop.test/wp-json/wc/store/v1/cart', ['API.Shop.test'], true],
    ['a store origin, same effective port', 'https://api.shop.test/wp-json/wc/store/v1/cart', ['https://api.shop.test'], true],
    ['a store origin, another port', 'https://api.shop.test:8443/wp-json/wc/store/v1/cart', ['https://api.shop.test'], false],
    ['a subdomain under a *.host entry', 'https://eu.api.shop.test/?wc-ajax=get_refreshed_fragments', ['*.shop.test'], true],
    ['a look-alike domain ending in the same letters', 'https://evilshop.test/wp-json/wc/store/v1/cart', ['*.shop.test'], false],
    ['a look-alike host with the store host as a prefix', 'https://api.shop.test.evil.example/wp-json/wc/store/v1/cart', ['api.shop.test'], false],
    ['inside a store URL\'s path', 'https://api.shop.test/store/wp-json/wc/store/v1/cart', ['https://api.shop.test/store/'], true],
    ['outside a store URL\'s path', 'https://api.shop.test/other/wp-json/wc/store/v1/cart', ['https://api.shop.test/store'], false],
    ['a URL that is not http(s)', 'data:text/plain,wc/store/v1/cart', ['api.shop.test'], false],
    ['text that is no URL', 'wc/store/v1/cart', ['api.shop.test'], false],
  ] as const)('%s → %s', (_name, url, hosts, expected) => {
    expect(isStoreUrl(url, STORE, hosts.map((h) => h.toLowerCase()))).toBe(expected);
  });

  it.each([
    ['not an array', 'api.shop.test', []],
    ['strings only, trimmed and lower-cased', [' API.shop.test ', 7, null, '', 'x'.repeat(301), '*.shop.test'], ['api.shop.test', '*.shop.test']],
    ['at most the cap', Array.from({ length: MAX_STORE_HOSTS + 50 }, (_, i) => `h${i}.test`), Array.from({ length: MAX_STORE_HOSTS }, (_, i) => `h${i}.test`)],
  ])('reads the scope reply\'s store hosts: %s', (_name, value, expected) => {
    expect(readStoreHosts(value)).toEqual(expected);
  });
});

const CHANNEL = '3b241101-e2bb-4255-8caa-0123456789ab';
const CART = readFileSync(join(__dirname, '../fixtures/store-api/cart-add-item.json'), 'utf8');
const answerFrom = (url: string) => ({ id: `s-${url}`, time: 1, documentUrl: `${STORE}/cart/`, type: 'store-response', url, endpoint: 'store-api', status: 200, text: CART });

function relayWith(scope: Promise<unknown>) {
  const listeners = new Map<string, (detail: unknown) => void>();
  const configs: unknown[] = [];
  const facts: HookPageFact[] = [];
  createRelay({
    listen: (type, fn) => void listeners.set(type, fn),
    dispatch: (type, detail) => void (type === configEventName(CHANNEL) && configs.push(JSON.parse(detail))),
    send: async (m) => (m.type === 'scope' ? scope : { ok: true, accepted: 1 }),
    setTimeout: (fn, ms) => setTimeout(fn, ms),
    clearTimeout: (h) => clearTimeout(h as ReturnType<typeof setTimeout>),
    origin: STORE,
    onPageFact: (f) => void facts.push(f),
  });
  listeners.get(HELLO_EVENT)!(CHANNEL);
  const post = (...events: object[]) => listeners.get(CHANNEL)!(JSON.stringify({ events }));
  return { post, facts, configs };
}

describe('store answers in the relay', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it.each([
    ['the store\'s own origin, without store hosts', [], `${STORE}/wp-json/wc/store/v1/cart`, true],
    ['a store host from the scope reply', ['api.shop.test'], 'https://api.shop.test/wp-json/wc/store/v1/cart', true],
    ['another host, with store hosts set', ['api.shop.test'], 'https://evil.test/wp-json/wc/store/v1/cart', false],
    ['a store host, before the scope reply named it (held until then)', ['api.shop.test'], 'https://api.shop.test/wp-json/wc/store/v1/cart', true],
  ] as const)('an answer from %s counts: %s', async (name, storeHosts, url, counts) => {
    let answer!: (v: unknown) => void;
    const h = relayWith(new Promise((r) => (answer = r)));
    const early = name.includes('before');
    if (early) h.post(answerFrom(url));
    answer({ monitored: true, bodyCap: 100, storeHosts });
    await vi.advanceTimersByTimeAsync(0);
    if (!early) h.post(answerFrom(url));
    expect(h.facts.map((f) => (f as { url: string }).url)).toEqual(counts ? [url] : []);
  });

  it.each([
    ['store hosts', ['api.shop.test'], true],
    ['none', [], false],
    ['a background that sends none at all', undefined, false],
  ])('tells the hook to copy answers from other origins while the scope is open, and after it only when the store has %s', async (_name, storeHosts, other) => {
    const h = relayWith(Promise.resolve({ monitored: true, bodyCap: 100, ...(storeHosts ? { storeHosts } : {}) }));
    expect(h.configs).toEqual([{ capture: true, bodyCap: 1024 * 1024, otherStoreHosts: true }]);
    await vi.advanceTimersByTimeAsync(0);
    expect(h.configs.at(-1)).toEqual({ capture: true, bodyCap: 100, otherStoreHosts: other });
  });
});
