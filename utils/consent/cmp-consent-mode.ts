// Google Consent Mode v2 from the dataLayer's `consent` commands: the last `update` wins over
// `default`; defaults alone mean not yet asked (and cannot tell refused from never asked).
import type { ConsentCommand } from '@/utils/consent/globals-standards';
import { fromCategories, global, reading } from '@/utils/consent/reading';
import type { CmpReading, ConsentCategories, ConsentFacts } from '@/utils/consent/types';

const CMP = 'google-consent-mode';

function granted(params: Record<string, unknown>, keys: string[]): boolean | undefined {
  const values = keys.map((k) => params[k]).filter((v) => v === 'granted' || v === 'denied');
  return values.length ? values.every((v) => v === 'granted') : undefined;
}

function isCommand(value: unknown): value is ConsentCommand {
  const v = value as ConsentCommand | null;
  return !!v && (v.action === 'default' || v.action === 'update') && !!v.params && typeof v.params === 'object';
}

export function readConsentMode(facts: ConsentFacts): CmpReading | null {
  const layer = global(facts, 'dataLayer');
  const commands = Array.isArray(layer) ? layer.filter(isCommand) : [];
  if (!commands.length) return null;
  const merged: Record<string, unknown> = {};
  for (const command of commands) Object.assign(merged, command.params);
  const updates = commands.filter((c) => c.action === 'update').length;
  const categories: ConsentCategories = {};
  const entries: [keyof ConsentCategories, boolean | undefined][] = [
    ['statistics', granted(merged, ['analytics_storage'])],
    ['marketing', granted(merged, ['ad_storage', 'ad_user_data', 'ad_personalization'])],
    ['preferences', granted(merged, ['personalization_storage'])],
  ];
  for (const [category, value] of entries) if (value !== undefined) categories[category] = value;
  const evidence = [`dataLayer: ${commands.length - updates} consent default, ${updates} update`];
  if (updates) return fromCategories(CMP, categories, evidence);
  evidence.push('defaults only: refused and never asked look the same');
  return reading(CMP, 'not-yet-asked', evidence, categories);
}
