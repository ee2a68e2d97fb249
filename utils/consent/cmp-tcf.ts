// IAB TCF v2.2: eventStatus / displayStatus, purpose consents mapped to categories
// (8 measure content performance → statistics; 3+4 personalised ads → marketing;
// 5+6 personalised content → preferences).
import { fromCategories, global, marker, reading } from '@/utils/consent/reading';
import type { CmpReading, ConsentCategories, ConsentCategory, ConsentFacts } from '@/utils/consent/types';

const CMP = 'iab-tcf';
const PURPOSES: [ConsentCategory, string[]][] = [['statistics', ['8']], ['marketing', ['3', '4']], ['preferences', ['5', '6']]];

function categoriesOf(consents: Record<string, boolean>): ConsentCategories {
  const out: ConsentCategories = {};
  for (const [category, ids] of PURPOSES) {
    const values = ids.map((id) => consents[id]);
    out[category] = values.every((v) => v === true);
  }
  return out;
}

export function readTcfState(facts: ConsentFacts): CmpReading | null {
  const tcf = facts.tcf;
  const locator = marker(facts, 'iframe[name="__tcfapiLocator"]');
  if (!tcf && global(facts, '__tcfapi') === undefined && !locator) return null;
  const evidence = [tcf || global(facts, '__tcfapi') !== undefined ? 'global __tcfapi' : 'element iframe[name="__tcfapiLocator"]'];
  if (!tcf) return reading(CMP, 'unknown', [...evidence, 'no synchronous TCF answer']);
  for (const key of ['eventStatus', 'displayStatus', 'cmpStatus'] as const) if (tcf[key]) evidence.push(`${key} ${tcf[key]}`);
  if (tcf.gdprApplies === false) return reading(CMP, 'given', [...evidence, 'gdprApplies false: no TCF consent needed']);
  if (tcf.eventStatus === 'cmpuishown' || (tcf.eventStatus !== 'useractioncomplete' && tcf.displayStatus === 'visible')) {
    return reading(CMP, 'not-yet-asked', evidence);
  }
  if (!tcf.purposeConsents) return reading(CMP, 'unknown', evidence);
  const categories = categoriesOf(tcf.purposeConsents);
  evidence.push(`purpose 1 (device storage) ${tcf.purposeConsents['1'] ? 'consented' : 'not consented'}`);
  return fromCategories(CMP, categories, evidence);
}
