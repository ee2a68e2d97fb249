// Cookiebot (Cookiebot.consent / hasResponse, cookie `CookieConsent`) and the Usercentrics frame.
import { CATEGORIES, cookie, field, fromCategories, global, presence, reading } from '@/utils/consent/reading';
import type { CmpReading, ConsentCategories, ConsentFacts } from '@/utils/consent/types';

const CMP = 'cookiebot';
const ALL = (value: boolean): ConsentCategories => ({ statistics: value, marketing: value, preferences: value });

/** `{stamp:'…',necessary:true,preferences:false,…}` (JS-object-like) → categories. */
function parseConsentCookie(value: string): ConsentCategories {
  const out: ConsentCategories = {};
  for (const c of CATEGORIES) {
    const match = new RegExp(`(?:^|[{,\\s])${c}\\s*:\\s*(true|false)`).exec(value);
    if (match) out[c] = match[1] === 'true';
  }
  return out;
}

export function readCookiebot(facts: ConsentFacts): CmpReading | null {
  const evidence = presence(facts, ['Cookiebot'], ['script#Cookiebot'], ['CookieConsent']);
  if (!evidence.length) return null;
  const api = global(facts, 'Cookiebot');
  const hasResponse = field(api, 'hasResponse');
  if (hasResponse === false) return reading(CMP, 'not-yet-asked', [...evidence, 'Cookiebot.hasResponse is false']);
  if (hasResponse === true) {
    const categories: ConsentCategories = {};
    for (const c of CATEGORIES) {
      const value = field(field(api, 'consent'), c);
      if (typeof value === 'boolean') categories[c] = value;
    }
    return fromCategories(CMP, categories, [...evidence, 'Cookiebot.hasResponse is true']);
  }
  const raw = cookie(facts, 'CookieConsent');
  if (raw === undefined) return reading(CMP, 'not-yet-asked', [...evidence, 'no CookieConsent cookie']);
  if (raw === '0') return reading(CMP, 'refused', [...evidence, 'CookieConsent=0: necessary cookies only'], ALL(false));
  if (raw === '-1') return reading(CMP, 'given', [...evidence, 'CookieConsent=-1: region does not require consent'], ALL(true));
  return fromCategories(CMP, parseConsentCookie(raw), evidence);
}

/** The Cookiebot plugin's Usercentrics frame: no verified in-page state marker. */
export function readUsercentrics(facts: ConsentFacts): CmpReading | null {
  const evidence = presence(facts, [], ['script#usercentrics-cmp'], []);
  if (!evidence.length) return null;
  return reading('usercentrics', 'unknown', [...evidence, 'Usercentrics state arrives only as the UC_CONSENT event']);
}
