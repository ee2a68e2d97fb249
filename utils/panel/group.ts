import type { FindingRow } from '../db';
import type { Severity } from '../finding';
import { compareFindings, vendorOf } from '../dashboard/finding-index';
import { highestSeverity, severityRank } from './severity';

// Findings of a page grouped by who received them (the vendor), worst group first.

export interface VendorGroup {
  vendor: string;
  hosts: string[];
  serviceCategory?: string;
  country?: string;
  worst: Severity;
  findings: FindingRow[];
}

export function groupByVendor(findings: readonly FindingRow[]): VendorGroup[] {
  const groups = new Map<string, FindingRow[]>();
  for (const f of findings) {
    const vendor = vendorOf(f) || 'Unknown destination';
    const list = groups.get(vendor);
    if (list) list.push(f);
    else groups.set(vendor, [f]);
  }
  return [...groups].map(([vendor, rows]): VendorGroup => {
    const sorted = rows.sort(compareFindings);
    const first = sorted[0]!.destination;
    return {
      vendor, hosts: [...new Set(sorted.map((f) => f.destination.host).filter(Boolean))].sort(), worst: highestSeverity(sorted)!, findings: sorted,
      ...(first.serviceCategory ? { serviceCategory: first.serviceCategory } : {}), ...(first.country ? { country: first.country } : {}),
    };
  }).sort((a, b) => severityRank(a.worst) - severityRank(b.worst) || b.findings.length - a.findings.length || a.vendor.localeCompare(b.vendor));
}

export type ListItem =
  | { kind: 'group'; key: string; group: VendorGroup }
  | { kind: 'finding'; key: string; finding: FindingRow };

/** One flat list for the windowed view: each group's heading, then its findings. */
export function flattenGroups(groups: readonly VendorGroup[]): ListItem[] {
  return groups.flatMap((group): ListItem[] => [
    { kind: 'group', key: `group|${group.vendor}`, group },
    ...group.findings.map((finding): ListItem => ({ kind: 'finding', key: finding.id, finding })),
  ]);
}
