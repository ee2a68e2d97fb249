// Borlabs Cookie: only the global is verified; the v3 group API, dialog id and cookie are not.
import { field, fromCategories, global, presence } from '@/utils/consent/reading';
import type { CmpReading, ConsentCategories, ConsentFacts } from '@/utils/consent/types';

export function readBorlabs(facts: ConsentFacts): CmpReading | null {
  const evidence = presence(facts, ['BorlabsCookie'], ['#BorlabsCookieBox'], ['borlabs-cookie']);
  if (!evidence.length) return null;
  const groups = field(global(facts, 'BorlabsCookie'), 'groups');
  const categories: ConsentCategories = {};
  for (const group of ['statistics', 'marketing'] as const) {
    const value = field(groups, group);
    if (typeof value === 'boolean') categories[group] = value;
  }
  if (Object.keys(categories).length) evidence.push('read from BorlabsCookie.Consents.hasConsentForServiceGroup (v3 API, not verified)');
  else evidence.push('no verified way to read the Borlabs decision or a "not yet asked" marker');
  return fromCategories('borlabs-cookie', categories, evidence);
}
