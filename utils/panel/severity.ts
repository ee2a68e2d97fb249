import type { Severity } from '../finding';

// Severity order and colours shared by the panel and the badge (white text is readable on each).

export const SEVERITY_ORDER: readonly Severity[] = ['critical', 'high', 'medium', 'low', 'info'];

export const SEVERITY_COLOURS: Record<Severity, string> = {
  critical: '#b00020',
  high: '#c2410c',
  medium: '#8a6100',
  low: '#1d5fa8',
  info: '#5f6670',
};

export const severityRank = (s: Severity): number => SEVERITY_ORDER.indexOf(s);

/** The most severe of the given findings, or null when there are none. */
export function highestSeverity(items: Iterable<{ severity: Severity }>): Severity | null {
  let best: Severity | null = null;
  for (const { severity } of items) if (best === null || severityRank(severity) < severityRank(best)) best = severity;
  return best;
}
