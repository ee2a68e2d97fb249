import type { FindingRow, LeakscopeDB, MarkerRow, SessionRow, VisitRow } from '../db';
import type { PageClassification, PageType } from '../wc/page-type';
import { FORMAT_VERSION, type ExportFinding, type ExportVisit, type FindingsExport } from './format';
import { validateFindingsExport } from './validate';

// Imports a findings file as a read-only session the dashboard can show and compare. The file is
// checked completely first and written in one transaction, so a bad file changes nothing.

export type ImportResult = { ok: true; sessionId: string } | { ok: false; error: string };

const MAX_CHARS = 256 * 1024 * 1024;
const AGAIN = 'Export the session again from Leakscope and import that file unchanged.';
const ms = (iso: string) => Date.parse(iso);

function versionProblem(data: unknown): string | null {
  const version = (data as { formatVersion?: unknown } | null)?.formatVersion;
  if (typeof version !== 'string') return null;
  const [major, minor] = version.split('.').map(Number);
  const [ourMajor, ourMinor] = FORMAT_VERSION.split('.').map(Number);
  if (major !== ourMajor || (minor ?? 0) > (ourMinor ?? 0))
    return `This file is in findings format ${version}, and this version of Leakscope reads format ${ourMajor}.0 to ${FORMAT_VERSION}. Update Leakscope, or export the session with the version that will read it.`;
  return null;
}

/** References inside the file that the schema cannot check. */
function consistencyProblem(exp: FindingsExport): string | null {
  const visits = new Set<string>();
  for (const v of exp.visits) {
    if (visits.has(v.id)) return `visit "${v.id}" appears twice`;
    visits.add(v.id);
  }
  const findings = new Set<string>();
  for (const f of exp.findings) {
    if (!visits.has(f.visitId)) return `finding "${f.id}" belongs to visit "${f.visitId}", which is not in the file`;
    if (findings.has(f.id)) return `finding "${f.id}" appears twice`;
    findings.add(f.id);
  }
  // A redacted file must not bring raw values in under a session not marked as evidence.
  const redacted = exp.provenance.redaction.mode === 'redacted' || !exp.provenance.redaction.rawValuesIncluded;
  const raw = redacted ? exp.findings.find((f) => f.evidence.some((e) => e.raw !== undefined)) : undefined;
  if (raw) return `finding "${raw.id}" holds a raw value, but the file says it is redacted`;
  for (const e of exp.exposures) if (!visits.has(e.visitId)) return `an exposure belongs to visit "${e.visitId}", which is not in the file`;
  for (const m of exp.markers) if (m.visitId !== null && !visits.has(m.visitId)) return `a marker belongs to visit "${m.visitId}", which is not in the file`;
  const times = [
    exp.provenance.session.startedAt, exp.provenance.session.endedAt ?? exp.provenance.session.startedAt, ...exp.markers.map((m) => m.time),
    ...exp.visits.flatMap((v) => [v.startedAt, ...v.spaNavigations.map((n) => n.time)]), ...exp.findings.flatMap((f) => [f.firstSeen, f.lastSeen]),
  ];
  const bad = times.find((t) => Number.isNaN(ms(t)));
  return bad === undefined ? null : `"${bad}" is not a real date`;
}

function visitRow(v: ExportVisit, sessionId: string, id: string, exposuresOf: Map<string, FindingsExport['exposures']>): VisitRow {
  const page: PageClassification | undefined = v.page
    ? { page: v.page as unknown as PageType, isWordPress: v.isWordPress ?? false, isWooCommerce: v.isWooCommerce ?? false, evidence: [], pageEvidence: [...v.pageEvidence], ...(v.wcVersion ? { wcVersion: v.wcVersion } : {}) }
    : undefined;
  const exposures = (exposuresOf.get(v.id) ?? []).map((e) => ({ kind: e.kind, where: e.where, preview: e.preview }));
  return {
    id, sessionId, tabId: -1, url: v.url, origin: v.origin, startedAt: ms(v.startedAt),
    spaNavigations: v.spaNavigations.map((n) => ({ url: n.url, time: ms(n.time), kind: n.kind })),
    ...(page ? { page } : {}),
    ...(exposures.length > 0 ? { inventory: { components: [], aiIntegrations: [], exposures } } : {}),
    nonAiSeedFlows: v.nonAiSeedFlows,
  };
}

function findingRow(f: ExportFinding, sessionId: string, visitId: string): FindingRow {
  const key = f.id.startsWith(`${f.visitId}|`) ? f.id.slice(f.visitId.length + 1) : f.id;
  const d = f.destination;
  const c = f.source.component;
  const opt = <K extends string, V>(k: K, v: V | null) => (v === null ? {} : { [k]: v }) as Partial<Record<K, V>>;
  return {
    id: `${visitId}|${key}`, key, visitId, sessionId, kind: f.kind, dataCategory: f.dataCategory,
    destination: {
      kind: d.kind, host: d.host, ...opt('vendor', d.vendor), ...opt('entryId', d.catalogEntry), ...opt('serviceCategory', d.serviceCategory),
      ...opt('country', d.country), ...opt('region', d.region), ...opt('eeaEntity', d.eeaEntity), ...(d.plugins.length > 0 ? { plugins: [...d.plugins] } : {}),
    },
    source: {
      ...opt('url', f.source.url), method: f.source.method,
      ...(c ? { component: { kind: c.kind, how: c.how, ...opt('slug', c.slug), ...opt('version', c.version), ...opt('vendor', c.vendor) } } : {}),
    },
    transport: f.transport, transports: [...f.transports], severity: f.severity, confidence: f.confidence,
    compliance: [...f.compliance], remediation: f.remediation,
    evidence: f.evidence.map((e) => ({ category: e.category, chain: [...e.chain], ...opt('path', e.path), preview: e.preview, hash: e.hash, ...(e.raw !== undefined ? { raw: e.raw } : {}) })),
    partial: f.partial, ...(f.consent ? { consent: { cmp: f.consent.cmp, state: f.consent.state } } : {}),
    count: f.count, firstSeen: ms(f.firstSeen), lastSeen: ms(f.lastSeen), requestIds: [],
  };
}

export interface ImportOptions {
  newId?: () => string;
  now?: number;
}

export async function importFindings(db: LeakscopeDB, text: string, opts: ImportOptions = {}): Promise<ImportResult> {
  const newId = opts.newId ?? (() => crypto.randomUUID());
  if (text.length > MAX_CHARS) return { ok: false, error: `The file is larger than ${MAX_CHARS / 1024 / 1024} MB, more than any Leakscope export. Choose a findings export (.json).` };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    return { ok: false, error: `The file is not JSON (${e instanceof Error ? e.message : 'unreadable'}). Choose a findings export (.json) saved by Leakscope, not the CSV or HTML report.` };
  }
  const checked = validateFindingsExport(data);
  if (!checked.ok) {
    const version = versionProblem(data);
    if (version) return { ok: false, error: version };
    return { ok: false, error: `The file is not a valid Leakscope findings export (format ${FORMAT_VERSION}): ${checked.errors.slice(0, 3).join('; ')}. ${AGAIN}` };
  }
  const exp = checked.value;
  const problem = consistencyProblem(exp);
  if (problem) return { ok: false, error: `The file contradicts itself: ${problem}. ${AGAIN}` };

  const sessionId = `import-${newId()}`;
  const p = exp.provenance;
  const session: SessionRow = {
    id: sessionId, name: p.session.name.trim() || 'Imported session', startedAt: ms(p.session.startedAt), implicit: false, imported: true, importedAt: opts.now ?? Date.now(),
    evidenceMode: p.redaction.rawValuesIncluded, ...(p.session.endedAt ? { endedAt: ms(p.session.endedAt) } : {}),
  };
  const visitIds = new Map(exp.visits.map((v) => [v.id, `${sessionId}/${v.id}`]));
  const exposuresOf = new Map<string, FindingsExport['exposures']>();
  for (const e of exp.exposures) exposuresOf.set(e.visitId, [...(exposuresOf.get(e.visitId) ?? []), e]);
  const visits = exp.visits.map((v) => visitRow(v, sessionId, visitIds.get(v.id)!, exposuresOf));
  const findings = exp.findings.map((f) => findingRow(f, sessionId, visitIds.get(f.visitId)!));
  const markers: MarkerRow[] = exp.markers.map((m, i) => ({
    id: `${sessionId}/marker-${i}`, sessionId, time: ms(m.time), label: m.label, ...(m.visitId !== null ? { visitId: visitIds.get(m.visitId)! } : {}),
  }));
  try {
    await db.transaction('rw', [db.sessions, db.visits, db.findings, db.markers], async () => {
      await db.sessions.add(session);
      await db.visits.bulkAdd(visits);
      await db.findings.bulkAdd(findings);
      await db.markers.bulkAdd(markers);
    });
  } catch (e) {
    return { ok: false, error: `Nothing was imported: the database refused the file (${e instanceof Error ? e.message : String(e)}). Try again; if it repeats, free space with retention or purge.` };
  }
  return { ok: true, sessionId };
}
