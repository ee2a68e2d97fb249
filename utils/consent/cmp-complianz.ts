// Complianz (complianz-gdpr): cookies `<prefix><category>` allow/deny and `<prefix>banner-status`.
import { CATEGORIES, cookie, field, fromCategories, global, presence, reading, yesNo } from '@/utils/consent/reading';
import type { CmpReading, ConsentCategories, ConsentFacts } from '@/utils/consent/types';

const CMP = 'complianz';

function prefixOf(facts: ConsentFacts): string {
  const configured = field(global(facts, 'complianz'), 'prefix');
  if (typeof configured === 'string' && configured) return configured;
  const names = Object.keys(facts.cookies);
  return names.some((n) => n.startsWith('cmplz_rt_')) ? 'cmplz_rt_' : 'cmplz_';
}

export function readComplianz(facts: ConsentFacts): CmpReading | null {
  const prefix = prefixOf(facts);
  const found = presence(facts, ['complianz', 'cmplz_get_banner_status', 'cmplz_has_consent'],
    ['#cmplz-cookiebanner-container', '.cmplz-cookiebanner.cmplz-show', '.cmplz-cookiebanner.cmplz-dismissed'],
    [`${prefix}banner-status`, ...CATEGORIES.map((c) => `${prefix}${c}`)]);
  if (!found.length) return null;
  const evidence = [...found];
  const categories: ConsentCategories = {};
  for (const c of CATEGORIES) {
    const value = yesNo(cookie(facts, `${prefix}${c}`));
    if (value !== undefined) categories[c] = value;
  }
  if (Object.keys(categories).length) return fromCategories(CMP, categories, evidence);
  const status = cookie(facts, `${prefix}banner-status`) ?? global(facts, 'cmplz_get_banner_status');
  const consentType = field(global(facts, 'complianz'), 'consenttype');
  if (status !== 'dismissed') {
    evidence.push(`no ${prefix}<category> cookie and banner status ${JSON.stringify(status ?? 'absent')}`);
    if (consentType === 'optout' || consentType === 'other') evidence.push(`consent type ${consentType}: Complianz treats categories as allowed until refused`);
    return reading(CMP, 'not-yet-asked', evidence);
  }
  // Dismissed without category cookies: fall back to the tool's own API answers.
  const answers = global(facts, 'cmplz_has_consent');
  for (const c of CATEGORIES) {
    const value = field(answers, c);
    if (typeof value === 'boolean') categories[c] = value;
  }
  evidence.push('banner dismissed, no category cookies; read from cmplz_has_consent');
  return fromCategories(CMP, categories, evidence);
}
