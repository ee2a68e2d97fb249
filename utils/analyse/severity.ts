import type { Severity } from '@/utils/finding';
import type { DataFamily } from './families';
import type { Target } from './target';

/**
 * The severity rubric as data: one row per data family, one column per AI target.
 * docs/severity.md is the same table with the reasons; keep the two in step.
 */

type Row = Record<Exclude<Target, 'sovereign'>, Severity>;

const row = (llmApi: Severity, widget: Severity, search: Severity, analytics: Severity, relay: Severity): Row => ({
  'llm-api': llmApi,
  'ai-widget': widget,
  'ai-search': search,
  'ai-analytics': analytics,
  relay,
});

export const RUBRIC: Record<DataFamily, Row> = {
  secret: row('critical', 'critical', 'critical', 'critical', 'high'),
  payment: row('critical', 'critical', 'critical', 'critical', 'high'),
  profile: row('critical', 'high', 'high', 'high', 'medium'),
  cart: row('high', 'high', 'high', 'high', 'medium'),
  order: row('high', 'high', 'high', 'high', 'medium'),
  search: row('medium', 'medium', 'medium', 'medium', 'medium'),
  'system-prompt': row('high', 'high', 'high', 'high', 'high'),
  other: row('medium', 'medium', 'medium', 'medium', 'medium'),
};

/** Severity of data of `family` reaching `target`; sovereign/local AI is always info. */
export function severityOf(target: Target, family: DataFamily): Severity {
  return target === 'sovereign' ? 'info' : RUBRIC[family][target];
}

/** An AI destination with no customer data seen. */
export const INTEGRATION_SEVERITY: Severity = 'low';
