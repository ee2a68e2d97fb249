// GDPR Cookie Compliance by Moove: cookie `moove_gdpr_popup` = JSON of "0"/"1" fields.
// Field → category follows the plugin's own WP Consent API mapping.
import { cookie, field, fromCategories, parseJson, presence, reading, yesNo } from '@/utils/consent/reading';
import type { CmpReading, ConsentCategories, ConsentCategory, ConsentFacts } from '@/utils/consent/types';

const CMP = 'moove-gdpr';
const FIELDS: Record<string, ConsentCategory> = { thirdparty: 'statistics', advanced: 'marketing', preference: 'preferences' };

export function readMoove(facts: ConsentFacts): CmpReading | null {
  const evidence = presence(facts, ['moove_frontend_gdpr_scripts'],
    ['#moove_gdpr_cookie_info_bar', 'body.gdpr-infobar-visible'], ['moove_gdpr_popup']);
  if (!evidence.length) return null;
  const raw = cookie(facts, 'moove_gdpr_popup');
  if (raw === undefined) return reading(CMP, 'not-yet-asked', [...evidence, 'no moove_gdpr_popup cookie']);
  const json = parseJson(raw);
  const categories: ConsentCategories = {};
  for (const [key, category] of Object.entries(FIELDS)) {
    const value = yesNo(field(json, key));
    if (value !== undefined) categories[category] = value;
  }
  const performance = yesNo(field(json, 'performance'));
  if (performance !== undefined) evidence.push(`performance=${performance ? 1 : 0} (no category mapping)`);
  return fromCategories(CMP, categories, evidence);
}
