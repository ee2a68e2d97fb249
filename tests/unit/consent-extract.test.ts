import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it, vi } from 'vitest';
import { consentState } from '@/utils/consent/consent-state';
import { extractDocumentConsentFacts, extractGlobalConsentFacts } from '@/utils/consent/extract';
import { MAX_CONSENT_COMMANDS, MAX_LAYER_SCAN } from '@/utils/consent/globals-standards';
import type { ConsentCategories, ConsentFacts, ConsentStateName } from '@/utils/consent/types';

// Page fixtures (tests/fixtures/consent/pages/) + a cookie string, read as the extension reads a page.

/** Both worlds at once: what the relay reads itself, with the globals the hook reads and sends it. */
function extractConsentFacts(win: unknown): ConsentFacts {
  const { globals, tcf } = extractGlobalConsentFacts(win);
  return { ...extractDocumentConsentFacts(win), globals, ...(tcf ? { tcf } : {}) };
}

interface PageCase {
  page: string;
  world: 'main' | 'isolated';
  cookie: string;
  globals: string | null;
  expect: { cmp: string | null; state: ConsentStateName; categories?: ConsentCategories };
}

const DIR = join(__dirname, '../fixtures/consent/pages');
const cases = JSON.parse(readFileSync(join(DIR, 'manifest.json'), 'utf8')) as PageCase[];

/** What the consent tools define in the page's MAIN world, per named fixture. */
const PAGE_GLOBALS: Record<string, () => Record<string, unknown>> = {
  'complianz-show': () => ({
    complianz: { prefix: 'cmplz_', consenttype: 'optin', region: 'eu', version: '7.2.0', tcf_active: false, user_banner_id: '1' },
    cmplz_get_banner_status: () => 'show',
    cmplz_has_consent: (category: string) => category === 'functional',
  }),
  'cookiebot-no-response': () => ({
    Cookiebot: { consented: false, declined: false, hasResponse: false, doNotTrack: false, consent: { necessary: true, preferences: false, statistics: false, marketing: false }, show: () => undefined },
  }),
  cookieyes: () => ({
    _ckyConfig: { _categories: [] },
    getCkyConsent: () => ({ activeLaw: 'gdpr', isUserActionCompleted: true, consentID: 'dGVzdA', categories: { necessary: true, functional: true, analytics: true, advertisement: false } }),
  }),
  'tcf-ui-shown': () => ({
    __tcfapi: (command: string, _version: number, callback: (data: unknown, success: boolean) => void) => {
      if (command === 'ping') callback({ gdprApplies: true, cmpLoaded: true, cmpStatus: 'loaded', displayStatus: 'visible' }, true);
      if (command === 'addEventListener') callback({ gdprApplies: true, eventStatus: 'cmpuishown', cmpStatus: 'loaded', listenerId: 1, purpose: { consents: {} } }, true);
    },
  }),
};

function pageWindow(html: string, cookie: string, globals: Record<string, unknown> = {}): Record<string, unknown> {
  const { document } = parseHTML(html);
  Object.defineProperty(document, 'cookie', { get: () => cookie, configurable: true });
  return { ...globals, document };
}

describe('consent facts from page fixtures', () => {
  it('reads no globals in the isolated world, even from a window that has them (they exist only in the MAIN world)', () => {
    const win = pageWindow('<html><body></body></html>', 'cmplz_marketing=allow', PAGE_GLOBALS['cookieyes']!());
    expect(extractDocumentConsentFacts(win)).toEqual({ cookies: { cmplz_marketing: 'allow' }, globals: {}, domMarkers: [] });
    expect(Object.keys(extractConsentFacts(win).globals).length).toBeGreaterThan(0);
  });

  it.each(cases)('reads $page in the $world world (cookie "$cookie") as $expect.state', (c) => {
    const globals = c.world === 'main' && c.globals ? PAGE_GLOBALS[c.globals]!() : {};
    const win = pageWindow(readFileSync(join(DIR, c.page), 'utf8'), c.cookie, globals);
    // The relay (isolated world) reads cookies and banners only; the hook adds the globals.
    const facts = c.world === 'main' ? extractConsentFacts(win) : extractDocumentConsentFacts(win);
    expect(JSON.parse(JSON.stringify(facts))).toEqual(facts);
    const got = consentState(facts);
    expect(got.cmp).toBe(c.expect.cmp);
    expect(got.state).toBe(c.expect.state);
    if (c.expect.categories) expect(got.categories).toEqual(c.expect.categories);
  });

  it('records the banner markers the reference names and nothing for look-alike banners', () => {
    const read = (page: string) => extractConsentFacts(pageWindow(readFileSync(join(DIR, page), 'utf8'), '')).domMarkers;
    expect(read('complianz-banner.html')).toEqual(['#cmplz-cookiebanner-container', '.cmplz-cookiebanner.cmplz-show']);
    expect(read('cookie-notice-refused.html')).toEqual(['#cookie-notice', '#cookie-notice.cookie-notice-hidden', 'body.cookies-refused']);
    expect(read('plain-store.html')).toEqual([]);
  });

  it('snapshots only the listed fields of the globals, as plain JSON', () => {
    const facts = extractConsentFacts({ document: undefined, ...PAGE_GLOBALS['complianz-show']!(), ...PAGE_GLOBALS['cookiebot-no-response']!() });
    expect(facts.globals).toEqual({
      complianz: { prefix: 'cmplz_', consenttype: 'optin', region: 'eu', version: '7.2.0', tcf_active: false },
      cmplz_get_banner_status: 'show',
      cmplz_has_consent: { statistics: false, marketing: false, preferences: false },
      Cookiebot: { consented: false, declined: false, hasResponse: false, doNotTrack: false, consent: { necessary: true, preferences: false, statistics: false, marketing: false } },
    });
  });

  it('reads gtag consent commands from the dataLayer, where gtag pushes its arguments object', () => {
    function gtag(..._args: unknown[]) {
      dataLayer.push(arguments);
    }
    const dataLayer: unknown[] = [{ event: 'gtm.js' }];
    gtag('consent', 'default', { ad_storage: 'denied', analytics_storage: 'denied', wait_for_update: 500 });
    gtag('config', 'G-XXXX');
    gtag('consent', 'update', { ad_storage: 'granted', analytics_storage: 'granted' });
    const facts = extractConsentFacts({ dataLayer });
    expect(facts.globals.dataLayer).toEqual([
      { action: 'default', params: { ad_storage: 'denied', analytics_storage: 'denied', wait_for_update: 500 } },
      { action: 'update', params: { ad_storage: 'granted', analytics_storage: 'granted' } },
    ]);
    expect(consentState(facts)).toMatchObject({ cmp: 'google-consent-mode', state: 'given' });
  });
});

describe('consent facts on hostile pages', () => {
  const thrower = new Proxy({}, { get: () => { throw new Error('no'); }, has: () => { throw new Error('no'); }, ownKeys: () => { throw new Error('no'); } });

  it('returns empty facts for a window whose every property throws', () => {
    expect(extractConsentFacts(thrower)).toEqual({ cookies: {}, globals: {}, domMarkers: [] });
  });

  it.each([null, undefined, 42, 'window', []])('returns empty facts for a window that is %s', (win) => {
    expect(extractConsentFacts(win)).toEqual({ cookies: {}, globals: {}, domMarkers: [] });
  });

  it('keeps reading the other tools when a cookie getter, querySelector and a global throw', () => {
    const document = { get cookie(): string { throw new Error('blocked'); }, querySelector: () => { throw new Error('bad selector'); } };
    const win: Record<string, unknown> = { document, getCkyConsent: () => { throw new Error('boom'); }, complianz: thrower };
    Object.defineProperty(win, 'Cookiebot', { get: () => { throw new Error('getter'); }, enumerable: true });
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    win.BorlabsCookie = proxy;
    win.cmplz_has_consent = () => 'yes';
    win.wp_consent_type = 'optin';
    const facts = extractConsentFacts(win);
    expect(facts.cookies).toEqual({});
    expect(facts.domMarkers).toEqual([]);
    expect(facts.globals).toMatchObject({ complianz: {}, getCkyConsent: { categories: {} }, cmplz_has_consent: {}, wp_consent_type: 'optin', BorlabsCookie: { v2: false, groups: {} } });
    expect(facts.globals.Cookiebot).toBeUndefined();
    expect(consentState(facts).state).toBeDefined();
  });

  it('looks at a bounded number of dataLayer entries however long the layer claims to be', () => {
    // Page values are read as data properties (never through getters), so the proxy answers descriptor lookups.
    const value = (key: string | symbol) => (key === 'length' ? 1e12 : ['consent', 'update', { ad_storage: 'granted' }]);
    const get = vi.fn((_target: object, key: string | symbol) => ({ value: value(key), configurable: true, enumerable: true, writable: true }));
    const facts = extractConsentFacts({ dataLayer: new Proxy({}, { getOwnPropertyDescriptor: get }) });
    expect(get.mock.calls.length).toBeLessThanOrEqual(MAX_LAYER_SCAN + 1);
    expect((facts.globals.dataLayer as unknown[]).length).toBe(MAX_CONSENT_COMMANDS);
  });

  it('stays small with a huge cookie string, 10,000 cookies and a 100,000-entry dataLayer', () => {
    const cookie = Array.from({ length: 10_000 }, (_, i) => `c${i}=${'v'.repeat(i === 0 ? 5_000_000 : 10)}`).join('; ');
    const dataLayer = Array.from({ length: 100_000 }, () => ({ 0: 'consent', 1: 'default', 2: { ad_storage: 'x'.repeat(100_000) } }));
    const huge = { categories: Object.fromEntries(Array.from({ length: 5_000 }, (_, i) => [`cat${i}`, true])) };
    const facts = extractConsentFacts({ document: { cookie, querySelector: () => null }, dataLayer, getCkyConsent: () => huge });
    expect(Object.keys(facts.cookies).length).toBeLessThanOrEqual(200);
    expect(JSON.stringify(facts).length).toBeLessThan(100_000);
  });

  it('ignores a TCF answer that arrives after reading and removes that late listener', async () => {
    const removed: unknown[] = [];
    let late: ((data: unknown, ok: boolean) => void) | undefined;
    const __tcfapi = (command: string, _v: number, callback: (data: unknown, ok: boolean) => void, param?: unknown) => {
      if (command === 'addEventListener') late = callback;
      if (command === 'removeEventListener') removed.push(param);
    };
    const facts = extractConsentFacts({ __tcfapi });
    expect(facts.tcf).toEqual({});
    late!({ eventStatus: 'useractioncomplete', listenerId: 7, purpose: { consents: { 1: true } } }, true);
    expect(facts.tcf).toEqual({});
    expect(removed).toEqual([7]);
  });

  it('survives a __tcfapi that throws', () => {
    const facts = extractConsentFacts({ __tcfapi: () => { throw new Error('cmp'); } });
    expect(facts.tcf).toEqual({});
    expect(consentState(facts)).toMatchObject({ cmp: 'iab-tcf', state: 'unknown' });
  });
});
