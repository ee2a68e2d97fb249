import { parseHTML } from 'linkedom';
import { describe, expect, it, vi } from 'vitest';
import { extractGlobalConsentFacts } from '@/utils/consent/extract';
import type { ConsentStateName } from '@/utils/consent/types';
import { createConsentReader } from '@/utils/relay/consent-snapshot';

// Consent tools whose decision lives only in MAIN-world globals (no cookie, no banner the isolated
// world can see): the hook's snapshot, sent as JSON, joins the relay's own reading.

type Globals = () => Record<string, unknown>;
const ALL = (v: boolean) => ({ necessary: true, preferences: v, statistics: v, marketing: v });
const complianz = (status: string, answer: boolean): Globals => () => ({
  complianz: { prefix: 'cmplz_', consenttype: 'optin', region: 'eu', version: '7.4.1' },
  cmplz_get_banner_status: () => status,
  cmplz_has_consent: (c: string) => (c === 'functional' ? true : answer),
});
const cookieyes = (done: boolean, v: boolean): Globals => () => ({
  _ckyConfig: {},
  getCkyConsent: () => ({ activeLaw: 'gdpr', isUserActionCompleted: done, consentID: 'abc', categories: { necessary: true, functional: v, analytics: v, advertisement: v } }),
});
const tcf = (eventStatus: string, consent: boolean): Globals => () => ({
  __tcfapi: (command: string, _v: number, cb: (d: unknown, ok: boolean) => void) => {
    if (command === 'addEventListener') cb({ gdprApplies: true, eventStatus, cmpStatus: 'loaded', listenerId: 1, purpose: { consents: Object.fromEntries(['1', '3', '4', '5', '6', '8'].map((id) => [id, consent])) } }, true);
  },
});
function gtag(layer: unknown[], ...args: unknown[]) {
  layer.push(args);
}
const consentMode = (update?: 'granted' | 'denied'): Globals => () => {
  const dataLayer: unknown[] = [];
  gtag(dataLayer, 'consent', 'default', { ad_storage: 'denied', analytics_storage: 'denied', ad_user_data: 'denied', ad_personalization: 'denied' });
  if (update) gtag(dataLayer, 'consent', 'update', { ad_storage: update, analytics_storage: update, ad_user_data: update, ad_personalization: update });
  return { dataLayer };
};
const borlabs = (v: boolean): Globals => () => ({ BorlabsCookie: { Consents: { hasConsentForServiceGroup: () => v } } });

const CASES: [string, Globals, string, ConsentStateName][] = [
  ['Cookiebot before the shopper answered', () => ({ Cookiebot: { consented: false, declined: false, hasResponse: false, consent: ALL(false) } }), 'cookiebot', 'not-yet-asked'],
  ['Cookiebot after "allow all"', () => ({ Cookiebot: { consented: true, declined: false, hasResponse: true, consent: ALL(true) } }), 'cookiebot', 'given'],
  ['Cookiebot after "necessary only"', () => ({ Cookiebot: { consented: false, declined: true, hasResponse: true, consent: ALL(false) } }), 'cookiebot', 'refused'],
  ['Complianz with its banner showing', complianz('show', false), 'complianz', 'not-yet-asked'],
  ['Complianz dismissed after accepting', complianz('dismissed', true), 'complianz', 'given'],
  ['Complianz dismissed after refusing', complianz('dismissed', false), 'complianz', 'refused'],
  ['CookieYes before any action', cookieyes(false, false), 'cookieyes', 'not-yet-asked'],
  ['CookieYes after "accept all"', cookieyes(true, true), 'cookieyes', 'given'],
  ['CookieYes after "reject all"', cookieyes(true, false), 'cookieyes', 'refused'],
  ['IAB TCF with its UI shown', tcf('cmpuishown', false), 'iab-tcf', 'not-yet-asked'],
  ['IAB TCF after accepting', tcf('useractioncomplete', true), 'iab-tcf', 'given'],
  ['IAB TCF after refusing', tcf('useractioncomplete', false), 'iab-tcf', 'refused'],
  ['Consent Mode defaults only', consentMode(), 'google-consent-mode', 'not-yet-asked'],
  ['Consent Mode updated to granted', consentMode('granted'), 'google-consent-mode', 'given'],
  ['Consent Mode updated to denied', consentMode('denied'), 'google-consent-mode', 'refused'],
  ['Borlabs groups accepted', borlabs(true), 'borlabs-cookie', 'given'],
  ['Borlabs groups refused', borlabs(false), 'borlabs-cookie', 'refused'],
];

/** The isolated world: the same DOM and cookies, none of the page's globals. */
function isolatedWindow(cookie = '') {
  const { document } = parseHTML('<!doctype html><html><body class="woocommerce-checkout"></body></html>');
  Object.defineProperty(document, 'cookie', { get: () => cookie, configurable: true });
  return { document };
}

describe('consent state from MAIN-world globals only', () => {
  it.each(CASES)('%s → %s %s', (_name, globals, cmp, state) => {
    const reader = createConsentReader(isolatedWindow(), () => 0);
    expect(reader()).toMatchObject({ cmp: null, state: 'no-cmp' });
    reader.setMainWorld(JSON.parse(JSON.stringify(extractGlobalConsentFacts(globals()))));
    expect(reader()).toMatchObject({ cmp, state });
  });

  it('lets a cookie the isolated world reads and the globals combine: the tool\'s own API wins over a standard', () => {
    const reader = createConsentReader(isolatedWindow('cookie_notice_accepted=false'), () => 0);
    reader.setMainWorld(extractGlobalConsentFacts(consentMode('granted')()));
    expect(reader()).toMatchObject({ cmp: 'cookie-notice', state: 'refused' });
  });

  it('reads again at once when the hook sends a change, however recently it read', () => {
    const reader = createConsentReader(isolatedWindow(), () => 0, 10_000);
    reader.setMainWorld(extractGlobalConsentFacts(CASES[0]![1]()));
    expect(reader().state).toBe('not-yet-asked');
    reader.setMainWorld(extractGlobalConsentFacts(CASES[1]![1]()));
    expect(reader().state).toBe('given');
  });

  it.each([null, 'x', [], { globals: [] }, { globals: 'Cookiebot' }])('ignores a malformed snapshot %j', (snapshot) => {
    const reader = createConsentReader(isolatedWindow(), () => 0);
    reader.setMainWorld(snapshot);
    expect(reader().state).toBe('no-cmp');
  });

  it('never calls a page getter on a consent global', () => {
    const getter = vi.fn(() => ALL(true));
    const cookiebot = { hasResponse: true, get consent() { return getter(); } };
    extractGlobalConsentFacts({ Cookiebot: cookiebot });
    expect(getter).not.toHaveBeenCalled();
  });
});
