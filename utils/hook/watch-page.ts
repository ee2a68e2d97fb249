import { extractGlobalConsentFacts } from '../consent/extract';
import { createPageReader } from '../consent/safe';
import { SNAPSHOT_CAP } from '../hook-limits';
import type { Builtins } from './builtins';
import { invoke, probe } from './call';
import { documentUrl, type HookContext } from './context';
import { listen } from './dom';
import { toJson } from './json';
import { ownValue, snapshot } from './snapshot';
import { uuid } from './uuid';

// Page globals only the MAIN world sees, read once the page has loaded and is idle (nothing here
// runs during page load): the logged-in customer that chat and CRM plugins print into the page,
// and the consent tools' state, sent again whenever a consent tool announces a change.

/** Where chat widgets and plugins keep the logged-in customer; `#document` starts at the document. */
export const CUSTOMER_GLOBALS: readonly (readonly string[])[] = [
  ['intercomSettings'], ['Tawk_API', 'visitor'], ['__lc'], ['$crisp'], ['_hsq'], ['zESettings'], ['fcSettings'],
  ['civchat'], ['customer'], ['currentUser'], ['Beacon', 'readyQueue'], ['#document', 'tidioIdentify'],
  ['wcSettings', 'customerData'], ['wcSettings', 'checkoutData'], ['wcSettings', 'currentUser'],
];

/** Consent tools' change events (window or document; listening on both costs nothing). */
export const CONSENT_EVENTS = [
  'CookiebotOnAccept', 'CookiebotOnDecline', 'CookiebotOnConsentReady', 'CookiebotOnLoad', 'UC_CONSENT',
  'cmplz_status_change', 'cmplz_fire_categories', 'cookieyes_consent_update', 'wp_listen_for_consent_change',
  'consentApi', 'borlabs-cookie-consent-saved',
];

/** Consent is read again at most this often. */
export const CONSENT_GAP_MS = 300;

export interface PageWatch {
  /** A request was just recorded: read consent again soon if it was not read lately (Consent Mode has no event). */
  touch(): void;
}

export function customerSnapshot(B: Builtins, win: unknown, doc: unknown): Record<string, unknown> | null {
  const out: Record<string, unknown> = {};
  let found = false;
  for (let i = 0; i < CUSTOMER_GLOBALS.length; i++) {
    const path = CUSTOMER_GLOBALS[i]!;
    let value: unknown = path[0] === '#document' ? doc : ownValue(B, win, path[0]!);
    for (let j = 1; j < path.length && value !== undefined; j++) value = ownValue(B, value, path[j]!);
    if (value === undefined || value === null || typeof value !== 'object') continue;
    const copy = snapshot(B, value);
    if (copy === undefined) continue;
    out[path.join('.')] = copy;
    found = true;
  }
  return found ? out : null;
}

function emitFact(ctx: HookContext, emit: (e: object) => void, type: 'page-customer' | 'consent-globals', json: string): void {
  if (json.length > SNAPSHOT_CAP) return;
  emit({ type, id: uuid(ctx.B), time: ctx.B.apply(ctx.B.dateNow, null, []), documentUrl: documentUrl(ctx), snapshot: json });
}

function watchConsent(ctx: HookContext, emit: (e: object) => void): PageWatch {
  const { B, win } = ctx;
  let timer = false;
  let lastRun = 0;
  let lastSent: string | undefined;
  // One reader for the page's life: a throwing proxy is read once, a dataLayer entry once.
  const reader = createPageReader();
  const now = (): number => B.apply(B.dateNow, null, []);
  const run = () => {
    timer = false;
    lastRun = now();
    if (ctx.bodyCap() === null) return;
    const facts = extractGlobalConsentFacts(win, reader);
    if (lastSent === undefined && B.keys(facts.globals).length === 0 && !facts.tcf) return;
    const json = toJson(B, facts);
    if (json === lastSent) return;
    lastSent = json;
    emitFact(ctx, emit, 'consent-globals', json);
  };
  const schedule = () => {
    if (timer) return;
    timer = true;
    const wait = lastRun + CONSENT_GAP_MS - now();
    invoke(B, B.setTimeout, win, [() => { try { run(); } catch { timer = false; } }, wait > 0 ? wait : 0]);
  };
  for (let i = 0; i < CONSENT_EVENTS.length; i++) {
    probe(B, B.addEventListener, win, [CONSENT_EVENTS[i], schedule, true]);
    probe(B, B.addEventListener, win.document, [CONSENT_EVENTS[i], schedule, true]);
  }
  // IAB TCF reports every change to a registered listener (a documented CMP API, called once).
  const tcfapi = ownValue(B, win, '__tcfapi');
  if (typeof tcfapi === 'function') probe(B, tcfapi as (...args: unknown[]) => unknown, win, ['addEventListener', 2, () => { try { schedule(); } catch { /* never into the CMP */ } }]);
  schedule();
  return { touch: () => (now() - lastRun > CONSENT_GAP_MS ? schedule() : undefined) };
}

/** Sets up the after-load reads; returns at once. `emit` is the raw sink (it does not touch back). */
export function watchPage(ctx: HookContext, emit: (e: object) => void): PageWatch {
  const { B, win } = ctx;
  let consent: PageWatch | undefined;
  const start = () => {
    try {
      if (ctx.bodyCap() === null) return;
      const customer = customerSnapshot(B, win, win.document);
      if (customer) emitFact(ctx, emit, 'page-customer', toJson(B, customer));
      consent = watchConsent(ctx, emit);
    } catch {
      // Nothing from the globals on this page.
    }
  };
  const idle = () => {
    const ric = B.requestIdleCallback;
    if (ric) invoke(B, ric, win, [start, { timeout: 3000 }]);
    else invoke(B, B.setTimeout, win, [start, 0]);
  };
  let top = true;
  try {
    top = win.top === undefined || win.top === win;
  } catch {
    top = false;
  }
  // Top frame only: its globals describe the shopper's page; frames are often third parties.
  if (top) {
    if (win.document?.readyState === 'complete') idle();
    else listen(B, win, 'load', () => { try { idle(); } catch { /* no page reading */ } });
  }
  return { touch: () => consent?.touch() };
}
