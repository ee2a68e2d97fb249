// CookieYes 3.x (`cookieyes-consent`, getCkyConsent) and the legacy GDPR Cookie Consent bar.
import { cookie, field, fromCategories, global, presence, reading, yesNo } from '@/utils/consent/reading';
import type { CmpReading, ConsentCategories, ConsentFacts } from '@/utils/consent/types';

/** CookieYes category slugs (site-defined; these are the defaults) → our categories. */
const SLUGS = { analytics: 'statistics', advertisement: 'marketing', functional: 'preferences' } as const;

function mapSlugs(read: (slug: string) => unknown): ConsentCategories {
  const out: ConsentCategories = {};
  for (const [slug, category] of Object.entries(SLUGS)) {
    const value = yesNo(read(slug));
    if (value !== undefined) out[category] = value;
  }
  return out;
}

/** `consentid:x,consent:yes,action:yes,analytics:no` → map. */
function parsePairs(value: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const pair of value.split(',').slice(0, 50)) {
    const colon = pair.indexOf(':');
    if (colon > 0) out[pair.slice(0, colon).trim()] = pair.slice(colon + 1).trim();
  }
  return out;
}

export function readCookieYes(facts: ConsentFacts): CmpReading | null {
  const evidence = presence(facts, ['getCkyConsent', '_ckyConfig', '_ckyGcm'],
    ['script#cookieyes', '.cky-consent-container', '#cky-style-inline'], ['cookieyes-consent']);
  if (!evidence.length) return null;
  const raw = cookie(facts, 'cookieyes-consent');
  const api = global(facts, 'getCkyConsent');
  if (raw !== undefined) {
    const pairs = parsePairs(raw);
    if (!pairs.action) return reading('cookieyes', 'not-yet-asked', [...evidence, 'cookieyes-consent has an empty action']);
    return fromCategories('cookieyes', mapSlugs((s) => pairs[s]), evidence, yesNo(pairs.consent) === false ? 'refused' : 'given');
  }
  const completed = field(api, 'isUserActionCompleted');
  if (completed === true) return fromCategories('cookieyes', mapSlugs((s) => field(field(api, 'categories'), s)), [...evidence, 'getCkyConsent: user action completed']);
  return reading('cookieyes', 'not-yet-asked', [...evidence, completed === false ? 'getCkyConsent: isUserActionCompleted false' : 'no cookieyes-consent cookie']);
}

export function readCookieLawInfo(facts: ConsentFacts): CmpReading | null {
  const evidence = presence(facts, ['CLI', 'Cli_Data', 'cliBlocker'], ['#cookie-law-info-bar'], ['viewed_cookie_policy']);
  if (!evidence.length) return null;
  const viewed = yesNo(cookie(facts, 'viewed_cookie_policy'));
  if (viewed === undefined) return reading('cookieyes-legacy', 'not-yet-asked', [...evidence, 'no viewed_cookie_policy cookie']);
  const categories = mapSlugs((s) => cookie(facts, `cookielawinfo-checkbox-${s}`));
  return fromCategories('cookieyes-legacy', categories, evidence, viewed ? 'given' : 'refused');
}
