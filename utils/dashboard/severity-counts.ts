import type { Severity } from '../finding';

// Findings counted by severity (a session's or a visit's).

export type SeverityCounts = Record<Severity, number>;

export const noCounts = (): SeverityCounts => ({ critical: 0, high: 0, medium: 0, low: 0, info: 0 });

/** Counts per group key (e.g. session id or visit id). */
export function countBy<T extends { severity: Severity }>(items: Iterable<T>, key: (item: T) => string): Map<string, SeverityCounts> {
  const out = new Map<string, SeverityCounts>();
  for (const item of items) {
    const k = key(item);
    const counts = out.get(k) ?? noCounts();
    counts[item.severity]++;
    out.set(k, counts);
  }
  return out;
}

export const total = (c: SeverityCounts): number => c.critical + c.high + c.medium + c.low + c.info;
