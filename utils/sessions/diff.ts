import type { FindingRow, LeakscopeDB, VisitRow } from '../db';
import type { Severity } from '../finding';
import type { PageType } from '../wc/page-type';

// Comparing two sessions (before and after a plugin update): a finding is the same finding when the
// same vendor gets the same data category from the same component on the same kind of page. Never
// database ids or script URLs (`?ver=` changes with every update), so an update is not read as
// every finding resolved and new again.

export interface IdentityParts {
  /** The vendor, or the destination host when the catalog names none. */
  vendor: string;
  /** `kind:slug` (plugin:ai-chat), or the kind and script host when there is no slug. */
  component: string;
  dataCategory: string;
  pageType: string;
}

export interface DiffEntry extends IdentityParts {
  identity: string;
  /** The worst severity the finding has in either session. */
  severity: Severity;
  /** How many times it was seen (sum of the findings' counts) in A and in B. */
  countA: number;
  countB: number;
  /** Up to 3 finding ids from each session, to open the findings themselves. */
  examplesA: string[];
  examplesB: string[];
}

export interface SessionDiff {
  added: DiffEntry[];
  resolved: DiffEntry[];
  unchanged: DiffEntry[];
}

export const SEVERITY_ORDER: readonly Severity[] = ['critical', 'high', 'medium', 'low', 'info'];
const EXAMPLES = 3;

/** The page type as one word: `checkout`, `wp-admin:order-edit`; `unknown` before the page was read. */
export function pageTypeName(page: PageType | undefined): string {
  if (!page) return 'unknown';
  return page.kind === 'wp-admin' ? `wp-admin:${page.admin.screen}` : page.kind;
}

function hostOf(url: string | undefined): string {
  if (!url) return '';
  try {
    return new URL(url).hostname;
  } catch {
    return '';
  }
}

// Identity parts are joined with ' | '; text taken from the page must not add a separator.
const part = (text: string) => text.replace(/\s*\|\s*/g, ' ').trim();

/**
 * A key or prompt printed into the page is sent nowhere and no component is known for it: it is
 * named by where it sits, without the inline script's index (it shifts when a plugin adds a script),
 * e.g. `page:inline script (key system_prompt)`.
 */
function exposureParts(finding: FindingRow): Pick<IdentityParts, 'vendor' | 'component'> {
  const where = finding.evidence[0]?.chain[0] ?? '';
  const [place = '', ...detail] = where.split(', ');
  const source = `${/^inline script\b/.test(place) ? 'inline script' : 'page'}${detail.length ? ` (${detail.join(', ')})` : ''}`;
  return { vendor: part(`in the page (${finding.destination.host.toLowerCase() || 'unknown host'})`), component: part(`page:${source}`) };
}

export function identityParts(finding: FindingRow, visit: VisitRow | undefined): IdentityParts {
  const pageType = pageTypeName(visit?.page?.page);
  if (finding.kind === 'page-exposure' && !finding.source.component) return { ...exposureParts(finding), dataCategory: finding.dataCategory, pageType };
  const c = finding.source.component;
  const vendor = finding.destination.vendor?.trim() || finding.destination.host.toLowerCase() || 'unknown';
  const kind = c?.kind ?? 'unknown';
  const component = c?.slug ? `${kind}:${c.slug}` : [kind, hostOf(finding.source.url)].filter(Boolean).join('@');
  return { vendor: part(vendor), component: part(component), dataCategory: finding.dataCategory, pageType };
}

export function findingIdentity(finding: FindingRow, visit: VisitRow | undefined): string {
  const p = identityParts(finding, visit);
  return [p.vendor, p.component, p.dataCategory, p.pageType].join(' | ');
}

export const worse = (a: Severity, b: Severity): Severity => (SEVERITY_ORDER.indexOf(a) <= SEVERITY_ORDER.indexOf(b) ? a : b);

interface Group {
  parts: IdentityParts;
  severity: Severity;
  count: number;
  ids: string[];
}

async function groups(db: LeakscopeDB, sessionId: string): Promise<Map<string, Group>> {
  const findings = await db.findings.where('sessionId').equals(sessionId).toArray();
  const visits = new Map((await db.visits.where('sessionId').equals(sessionId).toArray()).map((v) => [v.id, v]));
  const out = new Map<string, Group>();
  for (const f of findings.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))) {
    const visit = visits.get(f.visitId);
    const identity = findingIdentity(f, visit);
    const g = out.get(identity) ?? { parts: identityParts(f, visit), severity: f.severity, count: 0, ids: [] };
    g.severity = worse(g.severity, f.severity);
    g.count += f.count;
    g.ids.push(f.id);
    out.set(identity, g);
  }
  return out;
}

/** New (only in B), resolved (only in A) and unchanged findings, each sorted by severity then identity. */
export async function diffSessions(db: LeakscopeDB, aId: string, bId: string): Promise<SessionDiff> {
  const [a, b] = await Promise.all([groups(db, aId), groups(db, bId)]);
  const result: SessionDiff = { added: [], resolved: [], unchanged: [] };
  for (const identity of new Set([...a.keys(), ...b.keys()])) {
    const ga = a.get(identity);
    const gb = b.get(identity);
    const parts = (ga ?? gb)!.parts;
    const entry: DiffEntry = {
      identity, ...parts,
      severity: ga && gb ? worse(ga.severity, gb.severity) : (ga ?? gb)!.severity,
      countA: ga?.count ?? 0, countB: gb?.count ?? 0,
      examplesA: ga?.ids.slice(0, EXAMPLES) ?? [], examplesB: gb?.ids.slice(0, EXAMPLES) ?? [],
    };
    (ga && gb ? result.unchanged : ga ? result.resolved : result.added).push(entry);
  }
  const order = (x: DiffEntry, y: DiffEntry) =>
    SEVERITY_ORDER.indexOf(x.severity) - SEVERITY_ORDER.indexOf(y.severity) || (x.identity < y.identity ? -1 : x.identity > y.identity ? 1 : 0);
  for (const list of Object.values(result)) list.sort(order);
  return result;
}
