import { describe, expect, it } from 'vitest';
import { consentState } from '@/utils/consent/consent-state';
import { extractGlobalConsentFacts } from '@/utils/consent/extract';
import { MAX_LAYER_SCAN } from '@/utils/consent/globals-standards';
import { MAX_FAILURES, MAX_READS, createPageReader } from '@/utils/consent/safe';

// The hook reads consent globals again and again (idle, consent events, requests). Reading a Proxy
// runs the page's traps, so what these count is page code run by the extension: an object whose
// read threw is never read again, a dataLayer entry is read in one snapshot only, and each
// snapshot has a budget of reads and of failures.

/** A Proxy every trap of which throws, counting each call into the page. */
function counter() {
  const count = { traps: 0 };
  const hostile = (target: object = {}) => new Proxy(target, {
    getOwnPropertyDescriptor() { count.traps++; throw new Error('hostile'); },
    get() { count.traps++; throw new Error('hostile'); },
    ownKeys() { count.traps++; throw new Error('hostile'); },
    getPrototypeOf() { count.traps++; throw new Error('hostile'); },
    has() { count.traps++; throw new Error('hostile'); },
  });
  return { count, hostile };
}

/** Three reads with one reader, as the hook does over a page's life; the trap calls of each. */
function threeReads(win: Record<string, unknown>, count: { traps: number }): number[] {
  const reader = createPageReader();
  const perRead: number[] = [];
  for (let i = 0; i < 3; i++) {
    const before = count.traps;
    extractGlobalConsentFacts(win, reader);
    perRead.push(count.traps - before);
  }
  return perRead;
}

type Hostile = ReturnType<typeof counter>['hostile'];
const PAGES: [string, (h: Hostile) => Record<string, unknown>][] = [
  ['300 consent updates whose params are throwing proxies', (h) => ({ dataLayer: Array.from({ length: 300 }, () => ['consent', 'update', h()]) })],
  ['300 dataLayer entries that are throwing proxies', (h) => ({ dataLayer: Array.from({ length: 300 }, () => h()) })],
  ['a 50,000-entry dataLayer mixing both, holding itself', (h) => {
    const layer: unknown[] = Array.from({ length: 50_000 }, (_, i) => (i % 2 ? h() : ['consent', 'update', h()]));
    layer[50_000] = layer;
    return { dataLayer: layer };
  }],
  ['consent tools whose objects are throwing proxies', (h) => ({
    complianz: h(), Cookiebot: { consent: h() }, BorlabsCookie: { Consents: h() }, cnArgs: h(), consent_api: h(),
  })],
  ['a dataLayer that is itself a throwing proxy', (h) => ({ dataLayer: h([]) })],
];

describe('consent reads on hostile pages cost the page a small constant', () => {
  it.each(PAGES)('%s: the first read stops after a few throws and later reads run no trap', (_name, make) => {
    const { count, hostile } = counter();
    const [first, ...later] = threeReads(make(hostile), count);
    expect(first).toBeLessThanOrEqual(MAX_FAILURES);
    expect(later).toEqual([0, 0]);
  });

  it('a throwing consent function is called once per read, not once per category', () => {
    let calls = 0;
    const win = { cmplz_has_consent: () => { calls++; throw new Error('hostile'); } };
    const reader = createPageReader();
    extractGlobalConsentFacts(win, reader);
    expect(calls).toBe(1);
    extractGlobalConsentFacts(win, reader);
    expect(calls).toBe(2); // a function may work later (its tool loaded), so each read tries it once
  });

  it('a new throwing object each read (a CMP answering with a fresh proxy) costs one trap per read', () => {
    const { count, hostile } = counter();
    expect(threeReads({ getCkyConsent: () => hostile() }, count)).toEqual([1, 1, 1]);
  });

  it('still reads the page\'s real consent commands between hostile dataLayer entries', () => {
    const { hostile } = counter();
    const all = (v: string) => ({ ad_storage: v, analytics_storage: v, ad_user_data: v, ad_personalization: v });
    const dataLayer: unknown[] = [hostile(), ['consent', 'default', all('denied')], ['consent', 'update', hostile()], hostile(), ['consent', 'update', all('granted')]];
    const reader = createPageReader();
    extractGlobalConsentFacts({ dataLayer }, reader);
    dataLayer.push(hostile(), ['consent', 'update', all('denied')]);
    const facts = extractGlobalConsentFacts({ dataLayer }, reader);
    expect(consentState({ cookies: {}, domMarkers: [], ...facts })).toMatchObject({ cmp: 'google-consent-mode', state: 'refused' });
    expect((facts.globals.dataLayer as unknown[]).length).toBe(4); // the update with hostile params counts, with no params
  });
});

/** A dataLayer whose entries count how often they are read (behaving normally otherwise). */
function watchedLayer() {
  const reads = new Map<number, number>();
  const layer: unknown[] = [];
  const push = (...args: unknown[]) => {
    const index = layer.length;
    layer.push(new Proxy(args, { getOwnPropertyDescriptor(t, k) { reads.set(index, (reads.get(index) ?? 0) + 1); return Reflect.getOwnPropertyDescriptor(t, k); } }));
  };
  return { layer, push, reads };
}

describe('Consent Mode commands across reads', () => {
  it.each([
    ['defaults, then an update after the first read', 'given', [['default', 'denied']], [['update', 'granted']]],
    ['defaults and a refusal, then nothing new', 'refused', [['default', 'denied'], ['update', 'denied']], []],
    ['defaults only, then an unrelated event', 'not-yet-asked', [['default', 'denied']], [['event']]],
    ['granted, then refused later', 'refused', [['default', 'denied'], ['update', 'granted']], [['update', 'denied']]],
  ] as const)('%s: the state is %s and each entry is read in one snapshot only', (_name, state, before, after) => {
    const { layer, push, reads } = watchedLayer();
    const gtag = (c: readonly string[]) => (c[0] === 'event' ? push('event', 'add_to_cart') : push('consent', c[0], { ad_storage: c[1], analytics_storage: c[1], ad_user_data: c[1], ad_personalization: c[1] }));
    push('js', new Date());
    before.forEach(gtag);
    const reader = createPageReader();
    extractGlobalConsentFacts({ dataLayer: layer }, reader);
    const firstReads = new Map(reads);
    after.forEach(gtag);
    const facts = extractGlobalConsentFacts({ dataLayer: layer }, reader);
    for (const [index, n] of firstReads) expect(reads.get(index), `entry ${index}`).toBe(n);
    expect(consentState({ cookies: {}, domMarkers: [], ...facts }).state).toBe(state);
  });

  it.each([
    ['is replaced by a new array', (layer: unknown[]) => [...layer]],
    ['is emptied and refilled', (layer: unknown[]) => { const kept = layer.slice(); layer.length = 0; layer.push(kept[0], kept[1]); return layer; }],
  ])('reads the dataLayer afresh when it %s', (_name, change) => {
    const layer: unknown[] = [['consent', 'default', { ad_storage: 'denied' }], ['consent', 'update', { ad_storage: 'granted' }], ['event'], ['event']];
    const reader = createPageReader();
    extractGlobalConsentFacts({ dataLayer: layer }, reader);
    const facts = extractGlobalConsentFacts({ dataLayer: change(layer) }, reader);
    expect(facts.globals.dataLayer).toEqual([
      { action: 'default', params: { ad_storage: 'denied' } },
      { action: 'update', params: { ad_storage: 'granted' } },
    ]);
  });

  it('a normal 300-entry dataLayer is read whole in one snapshot: the default at its start and the update at its end both count', () => {
    const layer: unknown[] = [['consent', 'default', { analytics_storage: 'denied', ad_storage: 'denied' }]];
    while (layer.length < MAX_LAYER_SCAN - 1) layer.push({ event: 'view_item', ecommerce: { items: [] } });
    layer.push(['consent', 'update', { analytics_storage: 'granted', ad_storage: 'granted' }]);
    const facts = extractGlobalConsentFacts({ dataLayer: layer }, createPageReader());
    expect(facts.globals.dataLayer).toHaveLength(2);
    expect(consentState({ cookies: {}, domMarkers: [], ...facts }).state).toBe('given');
  });

  it('a dataLayer proxy that answers every read costs at most the read budget per snapshot, and nothing once it is read', () => {
    let traps = 0;
    const dataLayer = new Proxy({}, {
      getOwnPropertyDescriptor(_t, key) { traps++; return { value: key === 'length' ? 1e12 : { 0: 'page', 1: 'x' }, configurable: true, enumerable: true, writable: true }; },
    });
    const reader = createPageReader();
    extractGlobalConsentFacts({ dataLayer }, reader);
    expect(traps).toBeLessThanOrEqual(Math.min(MAX_READS, MAX_LAYER_SCAN + 1));
    const first = traps;
    extractGlobalConsentFacts({ dataLayer }, reader);
    expect(traps - first).toBe(1); // its length, still 1e12: no entry is new
  });
});
