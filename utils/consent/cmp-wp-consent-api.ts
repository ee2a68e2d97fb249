// WP Consent API: consent type from `wp_consent_type` / `consent_api.consent_type`, cookies
// `<prefix>_<category>` allow/deny. Without a consent type no consent tool is active.
import { CATEGORIES, cookie, field, fromCategories, global, reading, yesNo } from '@/utils/consent/reading';
import type { CmpReading, ConsentCategories, ConsentFacts } from '@/utils/consent/types';

const CMP = 'wp-consent-api';

export function wpConsentType(facts: ConsentFacts): string | undefined {
  const own = global(facts, 'wp_consent_type');
  const configured = field(global(facts, 'consent_api'), 'consent_type');
  const type = typeof own === 'string' && own ? own : configured;
  return typeof type === 'string' && type ? type : undefined;
}

export function readWpConsentApi(facts: ConsentFacts): CmpReading | null {
  const configured = field(global(facts, 'consent_api'), 'cookie_prefix');
  const prefix = typeof configured === 'string' && configured ? configured : 'wp_consent';
  const type = wpConsentType(facts);
  const categories: ConsentCategories = {};
  const evidence: string[] = [];
  for (const c of CATEGORIES) {
    const value = yesNo(cookie(facts, `${prefix}_${c}`));
    if (value === undefined) continue;
    categories[c] = value;
    evidence.push(`cookie ${prefix}_${c}`);
  }
  if (!type && !evidence.length) return null;
  if (type) evidence.unshift(`consent type ${type}`);
  if (evidence.length && Object.keys(categories).length) return fromCategories(CMP, categories, evidence);
  evidence.push(`no ${prefix}_<category> cookie`);
  if (type?.includes('optout')) evidence.push('opt-out type: wp_has_consent answers true until refused');
  return reading(CMP, 'not-yet-asked', evidence);
}
