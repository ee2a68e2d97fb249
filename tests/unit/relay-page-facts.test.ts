import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Seed } from '@/utils/detect/types';
import type { HookPageFact } from '@/utils/hook-event';
import type { ContentMessage } from '@/utils/messages';
import { HELLO_EVENT } from '@/utils/page-channel';
import { createPageFactHandler } from '@/utils/relay/page-facts';
import { createRelay } from '@/utils/relay/relay';

// Facts about the page (store responses, globals) stay in the relay: they become seeds or consent
// state, never request rows; held while the scope question is open, dropped for unmonitored tabs.

const CHANNEL = '3b241101-e2bb-4255-8caa-0123456789ab';
const CART = readFileSync(join(__dirname, '../fixtures/store-api/cart-add-item.json'), 'utf8');
const base = { id: 'x', time: 1, documentUrl: 'http://store.test/shop/' };
const storeResponse = { ...base, type: 'store-response', url: 'http://store.test/wp-json/wc/store/v1/cart/add-item', endpoint: 'store-api', status: 201, text: CART };
const request = { ...base, id: 'r1', type: 'request', initiator: { method: 'none' }, transport: 'fetch', url: 'https://api.openai.com/v1/x', method: 'POST' };
const consentFact = (snapshot: object) => ({ ...base, id: `c${Math.random()}`, type: 'consent-globals', snapshot: JSON.stringify(snapshot) });

function harness(scope: Promise<{ monitored: boolean; bodyCap: number }>) {
  const listeners = new Map<string, (detail: unknown) => void>();
  const messages: ContentMessage[] = [];
  const facts: HookPageFact[] = [];
  let consentState = 'no-cmp';
  createRelay({
    listen: (type, fn) => void listeners.set(type, fn),
    dispatch: () => undefined,
    send: async (m) => (messages.push(m), m.type === 'scope' ? scope : { ok: true, accepted: 1 }),
    setTimeout: (fn, ms) => setTimeout(fn, ms),
    clearTimeout: (h) => clearTimeout(h as ReturnType<typeof setTimeout>),
    consent: () => ({ cmp: consentState === 'no-cmp' ? null : 'cookiebot', state: consentState as 'no-cmp' }),
    onPageFact: (f) => {
      facts.push(f);
      if (f.type === 'consent-globals') consentState = (JSON.parse(f.snapshot) as { state: string }).state;
    },
  });
  listeners.get(HELLO_EVENT)!(CHANNEL);
  const post = (...events: object[]) => listeners.get(CHANNEL)!(JSON.stringify({ events }));
  const forwarded = () => messages.flatMap((m) => (m.type === 'hook-events' ? m.events : []));
  return { post, facts, forwarded };
}

describe('page facts in the relay', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('hands a store response to the page-fact handler and never forwards it as a request', async () => {
    const h = harness(Promise.resolve({ monitored: true, bodyCap: 100 }));
    await vi.advanceTimersByTimeAsync(0);
    h.post(storeResponse, request);
    await vi.advanceTimersByTimeAsync(500);
    expect(h.facts.map((f) => f.type)).toEqual(['store-response']);
    expect(h.forwarded().map((e) => e.id)).toEqual(['r1']);
  });

  it('holds store responses until the tab is known to be monitored', async () => {
    let answer!: (v: { monitored: boolean; bodyCap: number }) => void;
    const h = harness(new Promise((r) => (answer = r)));
    h.post(storeResponse);
    expect(h.facts).toEqual([]);
    answer({ monitored: true, bodyCap: 100 });
    await vi.advanceTimersByTimeAsync(0);
    expect(h.facts.map((f) => f.type)).toEqual(['store-response']);
  });

  it('drops held store responses when the tab turns out not to be monitored', async () => {
    let answer!: (v: { monitored: boolean; bodyCap: number }) => void;
    const h = harness(new Promise((r) => (answer = r)));
    h.post(storeResponse);
    answer({ monitored: false, bodyCap: 100 });
    await vi.advanceTimersByTimeAsync(0);
    expect(h.facts).toEqual([]);
  });

  it('stamps each event with the consent state after the consent facts that came before it in the batch', async () => {
    const h = harness(Promise.resolve({ monitored: true, bodyCap: 100 }));
    await vi.advanceTimersByTimeAsync(0);
    h.post({ ...request, id: 'before' }, consentFact({ state: 'given' }), { ...request, id: 'after' });
    await vi.advanceTimersByTimeAsync(500);
    expect(h.forwarded().map((e) => [e.id, e.consent?.state])).toEqual([['before', 'no-cmp'], ['after', 'given']]);
  });
});

describe('page-fact handler', () => {
  it('sends the seeds of a Store API answer, parsing wc-ajax fragments with the given HTML parser', () => {
    const sent: Seed[][] = [];
    const handle = createPageFactHandler({ sendSeeds: (s) => sent.push(s), parseHtml: (html) => parseHTML(`<html><body>${html}</body></html>`).document });
    handle(storeResponse as HookPageFact);
    const fragments = JSON.stringify({ fragments: { 'div.widget_shopping_cart_content': '<ul><li class="woocommerce-mini-cart-item"><a class="remove" data-product_sku="FO-CAP-9">×</a><a href="/p">Wool Cap</a></li></ul>' } });
    handle({ ...storeResponse, endpoint: 'wc-ajax', text: fragments } as HookPageFact);
    expect(sent.map((s) => s.filter((x) => x.kind === 'cart-sku').map((x) => x.value))).toEqual([['FO-SOCK-MOSS-42'], ['FO-CAP-9']]);
  });

  it('sends nothing for a response without seeds, and passes consent snapshots on parsed', () => {
    const sent: Seed[][] = [];
    const consent: unknown[] = [];
    const handle = createPageFactHandler({ sendSeeds: (s) => sent.push(s), setConsentGlobals: (g) => consent.push(g) });
    handle({ ...storeResponse, text: '{"items":[]}' } as HookPageFact);
    handle(consentFact({ globals: { Cookiebot: { hasResponse: true } } }) as HookPageFact);
    expect(sent).toEqual([]);
    expect(consent).toEqual([{ globals: { Cookiebot: { hasResponse: true } } }]);
  });
});
