import type { Severity } from '../finding';
import type { IndexedFinding } from './finding-index';

// Search and facet filters over the prepared findings: one pass over an in-memory array.

export interface FindingFilter {
  /** Free text; every whitespace-separated word must occur (case-insensitive). */
  text: string;
  severities: readonly Severity[];
  categories: readonly string[];
  vendors: readonly string[];
  pageTypes: readonly string[];
  /** Only the findings of this visit. */
  visitId?: string;
}

export const EMPTY_FILTER: FindingFilter = { text: '', severities: [], categories: [], vendors: [], pageTypes: [] };

/** An empty facet list means "any". */
const allows = (wanted: readonly string[], value: string) => wanted.length === 0 || wanted.includes(value);

export function filterFindings(items: readonly IndexedFinding[], filter: FindingFilter): IndexedFinding[] {
  const words = filter.text.toLowerCase().split(/\s+/).filter(Boolean);
  return items.filter(
    (item) =>
      (filter.visitId === undefined || item.finding.visitId === filter.visitId) &&
      allows(filter.severities, item.finding.severity) &&
      allows(filter.categories, item.finding.dataCategory) &&
      allows(filter.vendors, item.vendor) &&
      allows(filter.pageTypes, item.pageType) &&
      words.every((w) => item.text.includes(w)),
  );
}

export interface Facets {
  categories: string[];
  vendors: string[];
  pageTypes: string[];
}

/** The values each facet can take, sorted, for the filter menus. */
export function facetsOf(items: readonly IndexedFinding[]): Facets {
  const categories = new Set<string>();
  const vendors = new Set<string>();
  const pageTypes = new Set<string>();
  for (const { finding, vendor, pageType } of items) {
    categories.add(finding.dataCategory);
    vendors.add(vendor);
    pageTypes.add(pageType);
  }
  const sorted = (s: Set<string>) => [...s].sort((a, b) => a.localeCompare(b));
  return { categories: sorted(categories), vendors: sorted(vendors), pageTypes: sorted(pageTypes) };
}
