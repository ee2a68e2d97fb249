import type { FindingRow } from '../db';
import type { Severity } from '../finding';
import { vendorOf } from '../dashboard/finding-index';
import { componentLabel } from './describe';
import { highestSeverity } from './severity';

// The page's flow picture as boxes and arrows: page → component(s) → vendor(s). Pure layout; the
// component draws it with SVG text nodes.

export interface FlowNode {
  id: string;
  column: 0 | 1 | 2;
  /** Full label (the SVG <title>); `short` is what fits in the box. */
  label: string;
  short: string;
  x: number;
  y: number;
}

export interface FlowEdge {
  from: string;
  to: string;
  severity: Severity;
  count: number;
}

export interface FlowLayout {
  width: number;
  height: number;
  boxWidth: number;
  boxHeight: number;
  nodes: FlowNode[];
  edges: FlowEdge[];
}

const MAX_PER_COLUMN = 5;
const BOX_W = 108;
const BOX_H = 24;
const ROW = 32;
const COLUMN_X = [4, 126, 248] as const;
const MORE = 'more';

const shorten = (s: string, max = 17) => (s.length > max ? `${s.slice(0, max - 1)}…` : s);

/** Keeps the busiest `MAX_PER_COLUMN - 1` names and folds the rest into one "+N more" box. */
function keep(names: Map<string, number>): { shown: string[]; folded: Set<string> } {
  const ranked = [...names].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([n]) => n);
  if (ranked.length <= MAX_PER_COLUMN) return { shown: ranked, folded: new Set() };
  return { shown: [...ranked.slice(0, MAX_PER_COLUMN - 1), MORE], folded: new Set(ranked.slice(MAX_PER_COLUMN - 1)) };
}

export function flowLayout(findings: readonly FindingRow[], pageLabel: string): FlowLayout {
  const byComponent = new Map<string, number>();
  const byVendor = new Map<string, number>();
  const labels = new Map(findings.map((f) => [f, componentLabel(f.source)]));
  for (const f of findings) {
    byComponent.set(labels.get(f)!, (byComponent.get(labels.get(f)!) ?? 0) + 1);
    byVendor.set(vendorOf(f), (byVendor.get(vendorOf(f)) ?? 0) + 1);
  }
  const components = keep(byComponent);
  const vendors = keep(byVendor);
  const rows = Math.max(1, components.shown.length, vendors.shown.length);
  const height = rows * ROW;
  const column = (names: string[], col: 1 | 2, prefix: string, folded: number): FlowNode[] =>
    names.map((name, i) => {
      const label = name === MORE ? `+${folded} more` : name;
      const top = (height - names.length * ROW) / 2 + i * ROW + (ROW - BOX_H) / 2;
      return { id: `${prefix}:${name}`, column: col, label, short: shorten(label), x: COLUMN_X[col], y: top };
    });
  const page: FlowNode = { id: 'page', column: 0, label: pageLabel, short: shorten(pageLabel), x: COLUMN_X[0], y: (height - BOX_H) / 2 };
  const nodes = [page, ...column(components.shown, 1, 'c', components.folded.size), ...column(vendors.shown, 2, 'v', vendors.folded.size)];

  const pairs = new Map<string, FindingRow[]>();
  for (const f of findings) {
    const c = components.folded.has(labels.get(f)!) ? MORE : labels.get(f)!;
    const v = vendors.folded.has(vendorOf(f)) ? MORE : vendorOf(f);
    const key = `c:${c}\u0000v:${v}`;
    const list = pairs.get(key);
    if (list) list.push(f);
    else pairs.set(key, [f]);
  }
  const edges: FlowEdge[] = [];
  for (const id of components.shown.map((n) => `c:${n}`)) {
    const rowsOf = [...pairs].filter(([k]) => k.startsWith(`${id}\u0000`)).map(([, fs]) => fs);
    const worst = highestSeverity(rowsOf.map((fs) => ({ severity: highestSeverity(fs)! })));
    edges.push({ from: 'page', to: id, severity: worst ?? 'info', count: rowsOf.reduce((n, fs) => n + fs.length, 0) });
  }
  for (const [key, fs] of pairs) {
    const [from, to] = key.split('\u0000') as [string, string];
    edges.push({ from, to, severity: highestSeverity(fs)!, count: fs.length });
  }
  return { width: COLUMN_X[2] + BOX_W + 4, height, boxWidth: BOX_W, boxHeight: BOX_H, nodes, edges };
}
