import type { FindingsExport } from './format';

// One row per finding, RFC 4180 (CRLF, quoted fields). A cell that a spreadsheet would read as a
// formula gets a leading apostrophe: captured values are data. That is a cell starting with
// = + - @ tab CR or LF, also after leading spaces (some importers trim them) and in the full-width
// forms ＝ ＋ － ＠ that some spreadsheet locales read as the ASCII ones.

const COLUMNS = [
  'finding_id', 'visit_id', 'page_url', 'page_type', 'severity', 'confidence', 'kind', 'data_category',
  'destination_host', 'vendor', 'service_category', 'country', 'component_kind', 'component_slug', 'component_version',
  'source_url', 'transports', 'consent', 'evidence', 'compliance', 'remediation', 'first_seen', 'last_seen', 'count', 'identity',
  // Last, so the columns before keep their places: `evidence` on every row of an evidence-mode session (raw values in `evidence`).
  'redaction',
] as const;

const FORMULA = /^[\t\r\n]|^[ \u00a0\u3000]*[=+\-@\uff1d\uff0b\uff0d\uff20]/;

export function csvCell(value: string | number | boolean | null): string {
  let text = value === null ? '' : String(value);
  if (typeof value === 'string' && FORMULA.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(exp: FindingsExport): string {
  const visits = new Map(exp.visits.map((v) => [v.id, v]));
  const rows = exp.findings.map((f) => {
    const v = visits.get(f.visitId);
    const c = f.source.component;
    const cells: Record<(typeof COLUMNS)[number], string | number | null> = {
      finding_id: f.id, visit_id: f.visitId, page_url: v?.url ?? null, page_type: v?.pageType ?? 'unknown',
      severity: f.severity, confidence: f.confidence, kind: f.kind, data_category: f.dataCategory,
      destination_host: f.destination.host, vendor: f.destination.vendor, service_category: f.destination.serviceCategory, country: f.destination.country,
      component_kind: c?.kind ?? null, component_slug: c?.slug ?? null, component_version: c?.version ?? null,
      source_url: f.source.url, transports: f.transports.join(' '),
      consent: f.consent ? `${f.consent.cmp ?? 'no CMP'}: ${f.consent.state}` : null,
      evidence: f.evidence.map((e) => `${e.category} ${e.preview} (${e.hash})${e.raw !== undefined ? ` raw=${e.raw}` : ''}`).join('; '),
      compliance: f.compliance.join('; '), remediation: f.remediation,
      first_seen: f.firstSeen, last_seen: f.lastSeen, count: f.count, identity: f.identity, redaction: exp.provenance.redaction.mode,
    };
    return COLUMNS.map((col) => csvCell(cells[col])).join(',');
  });
  return `${[COLUMNS.join(','), ...rows].join('\r\n')}\r\n`;
}
