import type { Severity } from '../finding';
import type { ExportFinding, ExportVisit, FindingsExport } from './format';
import { componentLabel, vendorLabel } from './summary';

// A one-page report a compliance lead can file: who received which personal data, where, from
// which plugin, first seen when (GDPR Art. 30 style). Every captured string is escaped; the page
// has no script and a CSP that would block one anyway; the style is inline.

const DETAIL_ROWS = 500;
const RANK: Record<Severity, number> = { critical: 0, high: 1, medium: 2, low: 3, info: 4 };

export function escapeHtml(text: string | number | null | undefined): string {
  return String(text ?? '').replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

const list = (items: readonly (string | null | undefined)[]) => escapeHtml([...new Set(items.filter(Boolean))].sort().join(', ') || '—');
const when = (iso: string | null) => (iso ? escapeHtml(iso.replace('T', ' ').replace(/\.\d+Z$/, ' UTC')) : '—');
const cell = (content: string, cls = '') => `<td${cls ? ` class="${cls}"` : ''}>${content}</td>`;
const head = (cols: string[]) => `<thead><tr>${cols.map((c) => `<th scope="col">${escapeHtml(c)}</th>`).join('')}</tr></thead>`;
const sev = (s: Severity) => `<span class="sev ${s}">${escapeHtml(s)}</span>`;

const STYLE = `body{font:14px/1.45 system-ui,sans-serif;margin:2rem auto;max-width:75rem;padding:0 1rem;color:#1b1b1b;background:#fff}
h1{font-size:1.5rem}h2{font-size:1.15rem;margin-top:2rem}table{border-collapse:collapse;width:100%;margin:.5rem 0}
th,td{border:1px solid #ccc;padding:.3rem .45rem;text-align:left;vertical-align:top;overflow-wrap:anywhere}th{background:#f1f1f1}
dl{display:grid;grid-template-columns:max-content 1fr;gap:.2rem 1rem}dt{font-weight:600}.note{color:#555}
.warn{border:2px solid #b00020;padding:.5rem;font-weight:600}.sev{font-weight:600}.critical,.high{color:#b00020}.medium{color:#8a5a00}
code{font-family:ui-monospace,monospace;font-size:.92em}
@media (prefers-color-scheme:dark){body{background:#161616;color:#e8e8e8}th{background:#2a2a2a}th,td{border-color:#444}.note{color:#aaa}.critical,.high{color:#ff8a80}.medium{color:#ffcc80}}`;

function provenance(exp: FindingsExport): string {
  const p = exp.provenance;
  const rows: [string, string][] = [
    ['Session', `${escapeHtml(p.session.name)} (${escapeHtml(p.session.kind)})`],
    ['Started / ended', `${when(p.session.startedAt)} – ${when(p.session.endedAt)}`],
    ['Monitored stores', list(p.settings.monitoredOrigins.map((m) => `${m.origin}${m.includeSubdomains ? ' (+ subdomains)' : ''}`))],
    ['Evidence', p.redaction.rawValuesIncluded ? 'raw values included (evidence mode)' : 'redacted: masked previews and salted hashes only'],
    ['Exported', `${when(p.exportedAt)} by ${escapeHtml(p.tool.name)} ${escapeHtml(p.tool.version)}, ${escapeHtml(p.browser.name)} ${escapeHtml(p.browser.version)}`],
    ['Format', `Leakscope findings ${escapeHtml(exp.formatVersion)}`],
  ];
  return `<dl>${rows.map(([k, v]) => `<dt>${escapeHtml(k)}</dt><dd>${v}</dd>`).join('')}</dl>`;
}

interface Recipient {
  vendor: string;
  component: string;
  findings: ExportFinding[];
}

function recipients(exp: FindingsExport, visits: Map<string, ExportVisit>): string {
  const groups = new Map<string, Recipient>();
  for (const f of exp.findings.filter((x) => x.kind !== 'page-exposure' && x.dataCategory !== 'none')) {
    const key = `${vendorLabel(f)}\u0000${componentLabel(f)}`;
    const g = groups.get(key) ?? { vendor: vendorLabel(f), component: componentLabel(f), findings: [] };
    g.findings.push(f);
    groups.set(key, g);
  }
  const worst = (g: Recipient) => Math.min(...g.findings.map((f) => RANK[f.severity]));
  const rows = [...groups.values()]
    .sort((a, b) => worst(a) - worst(b) || a.vendor.localeCompare(b.vendor) || a.component.localeCompare(b.component))
    .map((g) => {
      const fs = g.findings;
      const d = fs[0]!.destination;
      const pages = fs.map((f) => visits.get(f.visitId)?.pageType ?? 'unknown');
      const first = fs.map((f) => f.firstSeen).sort()[0] ?? null;
      const versions = fs.map((f) => f.source.component?.version);
      const severity = fs.map((f) => f.severity).sort((a, b) => RANK[a] - RANK[b])[0]!;
      return `<tr>${[
        cell(`${escapeHtml(g.vendor)}<br><span class="note">${list(fs.map((f) => f.destination.host))}</span>`),
        cell(`${list(fs.map((f) => f.destination.country))}${d.eeaEntity ? `<br><span class="note">EEA entity: ${escapeHtml(d.eeaEntity)}</span>` : ''}`),
        cell(list(fs.map((f) => f.destination.serviceCategory))),
        cell(list(fs.map((f) => f.dataCategory))),
        cell(`${list(pages)}<br><span class="note">${new Set(fs.map((f) => f.visitId)).size} page view(s)</span>`),
        cell(`${escapeHtml(g.component)}${versions.some(Boolean) ? `<br><span class="note">version ${list(versions)}</span>` : ''}`),
        cell(list(fs.map((f) => (f.consent ? f.consent.state : 'unknown')))),
        cell(sev(severity)),
        cell(when(first)),
      ].join('')}</tr>`;
    });
  if (rows.length === 0) return '<p>No personal data was seen leaving for an AI service in this session.</p>';
  return `<table>${head(['Recipient', 'Country', 'Service', 'Data categories', 'Pages', 'Responsible plugin', 'Consent', 'Severity', 'First seen'])}<tbody>${rows.join('')}</tbody></table>`;
}

function exposures(exp: FindingsExport, visits: Map<string, ExportVisit>): string {
  if (exp.exposures.length === 0) return '<p>No API key, token or system prompt was found printed in a page.</p>';
  const rows = exp.exposures.map((e) => `<tr>${cell(escapeHtml(e.kind))}${cell(`<code>${escapeHtml(e.preview)}</code>`)}${cell(escapeHtml(e.where))}${cell(`<code>${escapeHtml(visits.get(e.visitId)?.url)}</code>`)}</tr>`);
  return `<table>${head(['Exposed', 'Preview', 'Where', 'Page'])}<tbody>${rows.join('')}</tbody></table>`;
}

function details(exp: FindingsExport, visits: Map<string, ExportVisit>): string {
  const shown = [...exp.findings].sort((a, b) => RANK[a.severity] - RANK[b.severity] || a.firstSeen.localeCompare(b.firstSeen)).slice(0, DETAIL_ROWS);
  const rows = shown.map((f) => `<tr>${[
    cell(sev(f.severity)),
    cell(`${escapeHtml(f.dataCategory)}<br>${f.evidence.map((e) => `<code>${escapeHtml(e.preview)}</code>`).join(' ')}`),
    cell(`${escapeHtml(vendorLabel(f))}<br><span class="note">${escapeHtml(f.destination.host)}</span>`),
    cell(`${escapeHtml(componentLabel(f))}<br><span class="note">${escapeHtml(f.source.url)}</span>`),
    cell(`${escapeHtml(visits.get(f.visitId)?.pageType)}<br><span class="note">${escapeHtml(visits.get(f.visitId)?.url)}</span>`),
    cell(`${escapeHtml(f.transports.join(', '))} ×${f.count}`),
    cell(`${escapeHtml(f.compliance.join(', '))}<br>${escapeHtml(f.remediation)}`),
  ].join('')}</tr>`);
  const more = exp.findings.length - shown.length;
  return `<table>${head(['Severity', 'Data', 'To', 'By', 'Page', 'How, how often', 'References and remediation'])}<tbody>${rows.join('')}</tbody></table>${
    more > 0 ? `<p class="note">${more} more finding(s) are in the JSON export.</p>` : ''}`;
}

export function toHtmlReport(exp: FindingsExport): string {
  const visits = new Map(exp.visits.map((v) => [v.id, v]));
  const s = exp.summary.bySeverity;
  const counts = (Object.keys(s) as Severity[]).map((k) => `${sev(k)} ${s[k]}`).join(' · ');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Leakscope report: ${escapeHtml(exp.provenance.session.name)}</title>
<style>${STYLE}</style></head><body>
<h1>Leakscope report: ${escapeHtml(exp.provenance.session.name)}</h1>
${exp.provenance.redaction.rawValuesIncluded ? '<p class="warn">Evidence mode: this session kept raw customer values and its JSON export contains them; handle that file as personal data. This report shows masked previews only.</p>' : ''}
${provenance(exp)}
<p>${exp.summary.findings} finding(s), seen ${exp.summary.occurrences} time(s) on ${exp.visits.length} page view(s): ${counts}</p>
<h2>Recipients of customer data (record of processing, GDPR Art. 30 style)</h2>
${recipients(exp, visits)}
<h2>Secrets and prompts exposed in pages</h2>
${exposures(exp, visits)}
<h2>All findings</h2>
${details(exp, visits)}
<p class="note">Made by ${escapeHtml(exp.provenance.tool.name)} in the browser; nothing was sent anywhere. Previews are masked; hashes are salted per installation.</p>
</body></html>
`;
}
