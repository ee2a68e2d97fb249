import type { Severity } from '../finding';
import { worse } from '../sessions/diff';
import type { ExportFinding, ExportSummary, PluginSummary, SeverityCounts, VendorSummary } from './format';

// The export's summary: counts by severity, and one line per vendor and per responsible component.

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const sorted = (set: Set<string>) => [...set].sort(byText);
const RANK: Record<Severity, number> = { critical: 0, high: 1, medium: 2, low: 3, info: 4 };

interface Acc {
  findings: number;
  occurrences: number;
  worst: Severity;
  firstSeen: string;
  visits: Set<string>;
  sets: Record<string, Set<string>>;
}

function accumulate(map: Map<string, Acc>, key: string, f: ExportFinding, values: Record<string, (string | null)[]>): void {
  const acc = map.get(key) ?? { findings: 0, occurrences: 0, worst: f.severity, firstSeen: f.firstSeen, visits: new Set(), sets: {} };
  acc.findings += 1;
  acc.occurrences += f.count;
  acc.worst = worse(acc.worst, f.severity);
  if (f.firstSeen < acc.firstSeen) acc.firstSeen = f.firstSeen;
  acc.visits.add(f.visitId);
  for (const [name, list] of Object.entries(values)) {
    const set = (acc.sets[name] ??= new Set());
    for (const v of list) if (v) set.add(v);
  }
  map.set(key, acc);
}

/** `plugin:ai-chat`, or the kind and script host without a slug (as in the session diff). */
export const componentLabel = (f: ExportFinding) => f.identity.split(' | ')[1] ?? 'unknown';
export const vendorLabel = (f: ExportFinding) => f.identity.split(' | ')[0] ?? 'unknown';

const order = (a: { worstSeverity: Severity; occurrences: number }, b: { worstSeverity: Severity; occurrences: number }) =>
  RANK[a.worstSeverity] - RANK[b.worstSeverity] || b.occurrences - a.occurrences;

export function buildSummary(findings: readonly ExportFinding[]): ExportSummary {
  const bySeverity: SeverityCounts = { critical: 0, high: 0, medium: 0, low: 0, info: 0 };
  const vendors = new Map<string, Acc>();
  const plugins = new Map<string, Acc & { kind: string; slug: string | null }>();
  let occurrences = 0;
  for (const f of findings) {
    bySeverity[f.severity] += 1;
    occurrences += f.count;
    const component = componentLabel(f);
    accumulate(vendors, vendorLabel(f), f, {
      hosts: [f.destination.host], countries: [f.destination.country], serviceCategories: [f.destination.serviceCategory],
      dataCategories: [f.dataCategory === 'none' ? null : f.dataCategory], components: [component],
    });
    accumulate(plugins as Map<string, Acc>, component, f, {
      versions: [f.source.component?.version ?? null], vendors: [vendorLabel(f)], dataCategories: [f.dataCategory === 'none' ? null : f.dataCategory],
    });
    const p = plugins.get(component)!;
    p.kind = f.source.component?.kind ?? (f.kind === 'page-exposure' ? 'page' : 'unknown');
    p.slug = f.source.component?.slug ?? null;
  }
  const s = (acc: Acc, name: string) => sorted(acc.sets[name] ?? new Set());
  const byVendor: VendorSummary[] = [...vendors].map(([vendor, a]) => ({
    vendor, hosts: s(a, 'hosts'), countries: s(a, 'countries'), serviceCategories: s(a, 'serviceCategories'), dataCategories: s(a, 'dataCategories'),
    components: s(a, 'components'), pages: a.visits.size, findings: a.findings, occurrences: a.occurrences, worstSeverity: a.worst, firstSeen: a.firstSeen,
  }));
  const byPlugin: PluginSummary[] = [...plugins].map(([component, a]) => ({
    component, kind: a.kind, slug: a.slug, versions: s(a, 'versions'), vendors: s(a, 'vendors'), dataCategories: s(a, 'dataCategories'),
    pages: a.visits.size, findings: a.findings, occurrences: a.occurrences, worstSeverity: a.worst, firstSeen: a.firstSeen,
  }));
  byVendor.sort((a, b) => order(a, b) || byText(a.vendor, b.vendor));
  byPlugin.sort((a, b) => order(a, b) || byText(a.component, b.component));
  return { findings: findings.length, occurrences, bySeverity, byVendor, byPlugin };
}
