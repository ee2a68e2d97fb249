// Snapshot of the consent tools' own globals. Page globals are only visible in the MAIN world
// (an isolated content script sees its own `window`); every read is guarded, every value small.
import { asBool, asString, exists, pickBools, pickScalars, safeCall, safeGet } from '@/utils/consent/safe';

export const CATEGORY_QUERIES = ['statistics', 'marketing', 'preferences'] as const;
const MAX_KEYS = 20;
const ownKeys = Object.keys; // taken before page scripts run (MAIN world)
type Out = Record<string, unknown>;

/** `fn(category)` for each category, keeping boolean answers. */
export function askCategories(win: unknown, fnName: string, target: unknown = win): Record<string, boolean> | undefined {
  if (typeof safeGet(target, fnName) !== 'function') return undefined;
  const out: Record<string, boolean> = {};
  for (let i = 0; i < CATEGORY_QUERIES.length; i++) {
    const category = CATEGORY_QUERIES[i]!;
    const answer = asBool(safeCall(target, fnName, category));
    if (answer !== undefined) out[category] = answer;
  }
  return out;
}

/** Boolean fields of an object with page-defined keys (e.g. CookieYes category slugs). */
function boolMap(obj: unknown): Record<string, boolean> | undefined {
  const keys: string[] = [];
  try {
    const all = obj && typeof obj === 'object' ? ownKeys(obj) : [];
    for (let i = 0; i < all.length && i < MAX_KEYS; i++) if (all[i]!.length <= 64) keys[keys.length] = all[i]!;
  } catch {
    return undefined;
  }
  return pickBools(obj, keys);
}

function eachPresent(win: unknown, names: string[], out: Out): void {
  for (let i = 0; i < names.length; i++) if (exists(win, names[i]!)) out[names[i]!] = true;
}

function complianz(win: unknown, out: Out): void {
  if (exists(win, 'complianz')) out.complianz = pickScalars(safeGet(win, 'complianz'), ['prefix', 'consenttype', 'region', 'version', 'tcf_active']);
  const status = asString(safeCall(win, 'cmplz_get_banner_status'), 32);
  if (status !== undefined) out.cmplz_get_banner_status = status;
  const consent = askCategories(win, 'cmplz_has_consent');
  if (consent) out.cmplz_has_consent = consent;
}

function cookieYes(win: unknown, out: Out): void {
  if (typeof safeGet(win, 'getCkyConsent') === 'function') {
    const answer = safeCall(win, 'getCkyConsent');
    out.getCkyConsent = { ...pickScalars(answer, ['activeLaw', 'isUserActionCompleted']), categories: boolMap(safeGet(answer, 'categories')) ?? {} };
  }
  eachPresent(win, ['_ckyConfig', '_ckyGcm', 'CLI', 'Cli_Data', 'cliBlocker'], out);
}

function cookiebot(win: unknown, out: Out): void {
  const cb = safeGet(win, 'Cookiebot');
  if (cb === undefined || cb === null) return;
  const flags = pickBools(cb, ['consented', 'declined', 'hasResponse', 'doNotTrack']) ?? {};
  out.Cookiebot = { ...flags, consent: pickBools(safeGet(cb, 'consent'), ['necessary', 'preferences', 'statistics', 'marketing']) ?? {} };
}

/** Borlabs v3 group API is not verified against Borlabs' source; recorded as such by the reader. */
function borlabs(win: unknown, out: Out): void {
  const bc = safeGet(win, 'BorlabsCookie');
  if (bc === undefined || bc === null) return;
  const consents = safeGet(bc, 'Consents');
  const groups: Record<string, boolean> = {};
  const names = ['statistics', 'marketing'];
  for (let i = 0; i < names.length; i++) {
    const group = names[i]!;
    const answer = asBool(safeCall(consents, 'hasConsentForServiceGroup', group));
    if (answer !== undefined) groups[group] = answer;
  }
  out.BorlabsCookie = { v2: typeof safeGet(bc, 'checkCookieConsent') === 'function', groups };
}

function presenceOnly(win: unknown, out: Out): void {
  eachPresent(win, ['consentApi', 'realCookieBanner', 'moove_frontend_gdpr_scripts', 'huOptions'], out);
  if (exists(win, 'cnArgs')) out.cnArgs = pickScalars(safeGet(win, 'cnArgs'), ['cookieName']);
}

export function readToolGlobals(win: unknown, out: Out): void {
  complianz(win, out);
  cookieYes(win, out);
  cookiebot(win, out);
  borlabs(win, out);
  presenceOnly(win, out);
}
