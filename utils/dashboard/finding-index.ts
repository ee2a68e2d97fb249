import type { FindingRow, VisitRow } from '../db';
import type { Severity } from '../finding';
import { pageTypeName } from '../sessions/diff';
import { displayUrl } from './display-url';

// Findings prepared once for filtering: the lowercase search text is built here, not per keystroke.

export const SEVERITIES: readonly Severity[] = ['critical', 'high', 'medium', 'low', 'info'];
const RANK: Record<Severity, number> = { critical: 0, high: 1, medium: 2, low: 3, info: 4 };

export interface IndexedFinding {
  finding: FindingRow;
  vendor: string;
  slug: string;
  pageType: string;
  /** The visit's URL with query values masked. */
  pageUrl: string;
  /** Lowercase vendor, component slug, category, host and page URL, for substring search. */
  text: string;
}

export const vendorOf = (f: FindingRow): string => f.destination.vendor ?? f.destination.host;
/** The same page-type words the session comparison uses (`checkout`, `wp-admin:order-edit`). */
export const pageTypeOf = (visit: VisitRow | undefined): string => pageTypeName(visit?.page?.page);

/** Most severe first, then most recently seen, then by id (a stable order). */
export function compareFindings(a: FindingRow, b: FindingRow): number {
  return RANK[a.severity] - RANK[b.severity] || b.lastSeen - a.lastSeen || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

export function indexFindings(findings: readonly FindingRow[], visits: ReadonlyMap<string, VisitRow>): IndexedFinding[] {
  // Pages are shared by many findings: describe each visit once.
  const pages = new Map<string, { pageUrl: string; pageType: string }>();
  const pageOf = (visitId: string) => {
    let p = pages.get(visitId);
    if (!p) {
      const visit = visits.get(visitId);
      p = { pageUrl: visit ? displayUrl(visit.url) : '', pageType: pageTypeOf(visit) };
      pages.set(visitId, p);
    }
    return p;
  };
  return [...findings].sort(compareFindings).map((finding) => {
    const { pageUrl, pageType } = pageOf(finding.visitId);
    const vendor = vendorOf(finding);
    const slug = finding.source.component?.slug ?? '';
    const text = `${vendor}\n${slug}\n${finding.dataCategory}\n${finding.destination.host}\n${pageUrl}`.toLowerCase();
    return { finding, vendor, slug, pageType, pageUrl, text };
  });
}
