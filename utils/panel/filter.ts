import type { FindingRow } from '../db';
import type { Severity } from '../finding';
import { vendorOf } from '../dashboard/finding-index';
import { noCounts, type SeverityCounts } from '../dashboard/severity-counts';

// The panel's filters: severities (none chosen = all), one data category, one vendor.

export interface PanelFilter {
  severities: Severity[];
  category: string | null;
  vendor: string | null;
}

export const NO_FILTER: PanelFilter = { severities: [], category: null, vendor: null };

export function applyFilter(findings: readonly FindingRow[], filter: PanelFilter): FindingRow[] {
  return findings.filter((f) =>
    (filter.severities.length === 0 || filter.severities.includes(f.severity)) &&
    (filter.category === null || f.dataCategory === filter.category) &&
    (filter.vendor === null || vendorOf(f) === filter.vendor));
}

export function toggleSeverity(filter: PanelFilter, severity: Severity): PanelFilter {
  const on = filter.severities.includes(severity);
  return { ...filter, severities: on ? filter.severities.filter((s) => s !== severity) : [...filter.severities, severity] };
}

/** The values the category and vendor filters offer, sorted. */
export function filterChoices(findings: readonly FindingRow[]): { categories: string[]; vendors: string[] } {
  const sorted = (values: Iterable<string>) => [...new Set(values)].sort((a, b) => a.localeCompare(b));
  return { categories: sorted(findings.map((f) => f.dataCategory)), vendors: sorted(findings.map(vendorOf)) };
}

export function countBySeverity(findings: Iterable<{ severity: Severity }>): SeverityCounts {
  const counts = noCounts();
  for (const f of findings) counts[f.severity]++;
  return counts;
}
