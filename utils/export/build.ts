import type { FindingRow, LeakscopeDB, MarkerRow, SessionRow, VisitRow } from '../db';
import type { Settings } from '../settings';
import { findingIdentity, pageTypeName } from '../sessions/diff';
import {
  FORMAT_VERSION, TOOL_NAME, type ExportEvidence, type ExportExposure, type ExportFinding, type ExportMarker, type ExportVisit,
  type FindingsExport, type Provenance,
} from './format';
import { redactUrl } from '../redact-url';
import { buildSummary } from './summary';

// Turns one stored session into the export: fixed key order, stable sorting, ISO UTC times,
// masked URLs, and raw values only when the session itself was in evidence mode.

export interface ExportMeta {
  toolVersion: string;
  browser: { name: string; version: string };
  exportedAt: number;
  settings: Settings;
}

export const iso = (time: number) => new Date(time).toISOString();
export const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const sortedUnique = (list: readonly string[]) => [...new Set(list)].sort(byText);

function provenance(session: SessionRow, meta: ExportMeta, evidence: boolean): Provenance {
  const s = meta.settings;
  return {
    tool: { name: TOOL_NAME, version: meta.toolVersion },
    browser: { name: meta.browser.name, version: meta.browser.version },
    exportedAt: iso(meta.exportedAt),
    session: {
      id: session.id, name: session.name, kind: session.imported ? 'imported' : session.implicit ? 'daily' : 'qa',
      startedAt: iso(session.startedAt), endedAt: session.endedAt === undefined ? null : iso(session.endedAt),
    },
    redaction: { mode: evidence ? 'evidence' : 'redacted', rawValuesIncluded: evidence },
    settings: {
      monitoredOrigins: s.monitored.map((m) => ({ origin: m.origin, includeSubdomains: m.includeSubdomains })).sort((a, b) => byText(a.origin, b.origin)),
      storeHosts: sortedUnique(s.storeHosts),
      sovereignEndpoints: sortedUnique(s.sovereignEndpoints),
      customDestinations: s.customDestinations.map((d) => ({ host: d.host, vendor: d.vendor, category: d.category, country: d.country })).sort((a, b) => byText(a.host, b.host)),
      canaryProfileSet: Object.values(s.canary).some((v) => typeof v === 'string' && v !== ''),
      bodyCapBytes: s.bodyCapBytes,
    },
  };
}

function exportVisit(v: VisitRow): ExportVisit {
  const p = v.page?.page;
  return {
    id: v.id, url: redactUrl(v.url), origin: v.origin, pageType: pageTypeName(p),
    page: p ? { ...p } : null,
    isWordPress: v.page ? v.page.isWordPress : null,
    isWooCommerce: v.page ? v.page.isWooCommerce : null,
    wcVersion: v.page?.wcVersion ?? null,
    pageEvidence: [...(v.page?.pageEvidence ?? [])],
    startedAt: iso(v.startedAt),
    spaNavigations: [...v.spaNavigations].sort((a, b) => a.time - b.time).map((n) => ({ url: redactUrl(n.url), time: iso(n.time), kind: n.kind })),
    nonAiSeedFlows: v.nonAiSeedFlows ?? 0,
  };
}

function exportEvidence(e: FindingRow['evidence'][number], raw: boolean): ExportEvidence {
  return {
    category: e.category, chain: [...e.chain], path: e.path ?? null, preview: e.preview, hash: e.hash,
    ...(raw && e.raw !== undefined ? { raw: e.raw } : {}),
  };
}

/** A finding id holds its source script's URL (without query): masked like every other URL. */
const exportId = (id: string) => id.split('|').map((part) => (part.includes('://') ? redactUrl(part) : part)).join('|');

function exportFinding(f: FindingRow, visit: VisitRow | undefined, raw: boolean): ExportFinding {
  const d = f.destination;
  const c = f.source.component;
  return {
    id: exportId(f.id), visitId: f.visitId, identity: findingIdentity(f, visit), kind: f.kind, dataCategory: f.dataCategory,
    severity: f.severity, confidence: f.confidence,
    destination: {
      kind: d.kind, host: d.host, vendor: d.vendor ?? null, catalogEntry: d.entryId ?? null, serviceCategory: d.serviceCategory ?? null,
      country: d.country ?? null, region: d.region ?? null, eeaEntity: d.eeaEntity ?? null, plugins: sortedUnique(d.plugins ?? []),
    },
    source: {
      url: f.source.url === undefined ? null : redactUrl(f.source.url), method: f.source.method,
      component: c ? { kind: c.kind, slug: c.slug ?? null, version: c.version ?? null, vendor: c.vendor ?? null, how: c.how } : null,
    },
    transport: f.transport, transports: sortedUnique(f.transports),
    consent: f.consent ? { cmp: f.consent.cmp, state: f.consent.state } : null,
    compliance: sortedUnique(f.compliance), remediation: f.remediation,
    evidence: f.evidence.map((e) => exportEvidence(e, raw)).sort((a, b) => byText(a.category, b.category) || byText(a.hash, b.hash) || byText(a.chain.join(' '), b.chain.join(' ')) || byText(a.preview, b.preview)),
    partial: f.partial, firstSeen: iso(f.firstSeen), lastSeen: iso(f.lastSeen), count: f.count,
  };
}

function exposures(visits: readonly VisitRow[]): ExportExposure[] {
  return visits
    .flatMap((v) => (v.inventory?.exposures ?? []).map((e) => ({ visitId: v.id, kind: e.kind, where: e.where, preview: e.preview })))
    .sort((a, b) => byText(a.visitId, b.visitId) || byText(a.kind, b.kind) || byText(a.where, b.where) || byText(a.preview, b.preview));
}

function markers(rows: readonly MarkerRow[]): ExportMarker[] {
  return [...rows]
    .sort((a, b) => a.time - b.time || byText(a.id, b.id))
    .map((m) => ({ visitId: m.visitId ?? null, time: iso(m.time), label: m.label }));
}

export async function buildFindingsExport(db: LeakscopeDB, sessionId: string, meta: ExportMeta): Promise<FindingsExport> {
  const session = await db.sessions.get(sessionId);
  if (!session) throw new Error(`No session with id ${sessionId}.`);
  const evidence = session.evidenceMode === true;
  const visitRows = (await db.visits.where('sessionId').equals(sessionId).toArray()).sort((a, b) => a.startedAt - b.startedAt || byText(a.id, b.id));
  const visitById = new Map(visitRows.map((v) => [v.id, v]));
  const findingRows = await db.findings.where('sessionId').equals(sessionId).toArray();
  const findings = findingRows
    .sort((a, b) => a.firstSeen - b.firstSeen || byText(a.id, b.id))
    .map((f) => exportFinding(f, visitById.get(f.visitId), evidence));
  return {
    formatVersion: FORMAT_VERSION,
    provenance: provenance(session, meta, evidence),
    visits: visitRows.map(exportVisit),
    markers: markers(await db.markers.where('sessionId').equals(sessionId).toArray()),
    findings,
    exposures: exposures(visitRows),
    summary: buildSummary(findings),
  };
}
