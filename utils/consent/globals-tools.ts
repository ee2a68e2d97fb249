// Snapshot of the consent tools' own globals. Page globals are only visible in the MAIN world
// (an isolated content script sees its own `window`); every read is guarded, every value small.
import { asBool, asString, exists, markHostile, pickBools, pickScalars, readable, safeCall, safeGet, type PageReader } from '@/utils/consent/safe';

export const CATEGORY_QUERIES = ['statistics', 'marketing', 'preferences'] as const;
const MAX_KEYS = 20;
const ownKeys = Object.keys; // taken before page scripts run (MAIN world)
type Out = Record<string, unknown>;

/** `fn(category)` for each category, keeping boolean answers. */
export function askCategories(r: PageReader, win: unknown, fnName: string, target: unknown = win): Record<string, boolean> | undefined {
  if (typeof safeGet(r, target, fnName) !== 'function') return undefined;
  const out: Record<string, boolean> = {};
  for (let i = 0; i < CATEGORY_QUERIES.length; i++) {
    const category = CATEGORY_QUERIES[i]!;
    const answer = asBool(safeCall(r, target, fnName, category));
    if (answer !== undefined) out[category] = answer;
  }
  return out;
}

/** Boolean fields of an object with page-defined keys (e.g. CookieYes category slugs). */
function boolMap(r: PageReader, obj: unknown): Record<string, boolean> | undefined {
  const keys: string[] = [];
  if (!readable(r, obj) || typeof obj !== 'object') return undefined;
  try {
    const all = ownKeys(obj);
    for (let i = 0; i < all.length && i < MAX_KEYS; i++) if (all[i]!.length <= 64) keys[keys.length] = all[i]!;
  } catch {
    markHostile(r, obj);
    return undefined;
  }
  return pickBools(r, obj, keys);
}

function eachPresent(r: PageReader, win: unknown, names: string[], out: Out): void {
  for (let i = 0; i < names.length; i++) if (exists(r, win, names[i]!)) out[names[i]!] = true;
}

function complianz(r: PageReader, win: unknown, out: Out): void {
  if (exists(r, win, 'complianz')) out.complianz = pickScalars(r, safeGet(r, win, 'complianz'), ['prefix', 'consenttype', 'region', 'version', 'tcf_active']);
  const status = asString(safeCall(r, win, 'cmplz_get_banner_status'), 32);
  if (status !== undefined) out.cmplz_get_banner_status = status;
  const consent = askCategories(r, win, 'cmplz_has_consent');
  if (consent) out.cmplz_has_consent = consent;
}

function cookieYes(r: PageReader, win: unknown, out: Out): void {
  if (typeof safeGet(r, win, 'getCkyConsent') === 'function') {
    const answer = safeCall(r, win, 'getCkyConsent');
    out.getCkyConsent = { ...pickScalars(r, answer, ['activeLaw', 'isUserActionCompleted']), categories: boolMap(r, safeGet(r, answer, 'categories')) ?? {} };
  }
  eachPresent(r, win, ['_ckyConfig', '_ckyGcm', 'CLI', 'Cli_Data', 'cliBlocker'], out);
}

function cookiebot(r: PageReader, win: unknown, out: Out): void {
  const cb = safeGet(r, win, 'Cookiebot');
  if (cb === undefined || cb === null) return;
  const flags = pickBools(r, cb, ['consented', 'declined', 'hasResponse', 'doNotTrack']) ?? {};
  out.Cookiebot = { ...flags, consent: pickBools(r, safeGet(r, cb, 'consent'), ['necessary', 'preferences', 'statistics', 'marketing']) ?? {} };
}

/** Borlabs v3 group API is not verified against Borlabs' source; recorded as such by the reader. */
function borlabs(r: PageReader, win: unknown, out: Out): void {
  const bc = safeGet(r, win, 'BorlabsCookie');
  if (bc === undefined || bc === null) return;
  const consents = safeGet(r, bc, 'Consents');
  const groups: Record<string, boolean> = {};
  const names = ['statistics', 'marketing'];
  for (let i = 0; i < names.length; i++) {
    const group = names[i]!;
    const answer = asBool(safeCall(r, consents, 'hasConsentForServiceGroup', group));
    if (answer !== undefined) groups[group] = answer;
  }
  out.BorlabsCookie = { v2: typeof safeGet(r, bc, 'checkCookieConsent') === 'function', groups };
}

function presenceOnly(r: PageReader, win: unknown, out: Out): void {
  eachPresent(r, win, ['consentApi', 'realCookieBanner', 'moove_frontend_gdpr_scripts', 'huOptions'], out);
  if (exists(r, win, 'cnArgs')) out.cnArgs = pickScalars(r, safeGet(r, win, 'cnArgs'), ['cookieName']);
}

export function readToolGlobals(r: PageReader, win: unknown, out: Out): void {
  complianz(r, win, out);
  cookieYes(r, win, out);
  cookiebot(r, win, out);
  borlabs(r, win, out);
  presenceOnly(r, win, out);
}
