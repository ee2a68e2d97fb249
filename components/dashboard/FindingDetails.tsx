import type { FindingRow } from '@/utils/db';
import { formatTime } from '@/utils/dashboard/format-time';

/** Everything stored about one finding, as text. Evidence is the masked preview and salted hash. */
export function FindingDetails({ finding: f, onClose }: { finding: FindingRow; onClose(): void }) {
  const d = f.destination;
  const c = f.source.component;
  return (
    <article class="finding-details" data-testid="finding-details" aria-label="Finding details">
      <button type="button" class="close" onClick={onClose} aria-label="Close details">×</button>
      <h3><span class={`sev sev-${f.severity}`}>{f.severity}</span> {f.dataCategory} → {d.vendor ?? d.host}</h3>
      <dl>
        <dt>To</dt><dd class="mono">{d.host}{d.serviceCategory ? ` (${d.serviceCategory})` : ''}{d.country ? `, ${d.country}` : ''}{d.region ? `, region ${d.region}` : ''}</dd>
        <dt>By</dt><dd>{c ? `${c.kind}${c.slug ? ` ${c.slug}` : ''}${c.version ? ` ${c.version}` : ''} (${c.how})` : 'unknown'}</dd>
        <dt>Script</dt><dd class="mono">{f.source.url ?? f.source.method}</dd>
        <dt>How</dt><dd>{f.transports.join(', ')}</dd>
        <dt>When</dt><dd>{formatTime(f.firstSeen)} – {formatTime(f.lastSeen)}, {f.count}×</dd>
        <dt>Confidence</dt><dd>{f.confidence}{f.partial ? ' (request only partly scanned)' : ''}</dd>
        <dt>Consent</dt><dd>{f.consent ? `${f.consent.state}${f.consent.cmp ? ` (${f.consent.cmp})` : ''}` : 'not read'}</dd>
        <dt>References</dt><dd>{f.compliance.join('; ') || '—'}</dd>
        <dt>Fix</dt><dd>{f.remediation}</dd>
      </dl>
      <table>
        <thead><tr><th>Evidence</th><th>Where</th><th>Hash</th></tr></thead>
        <tbody>
          {f.evidence.map((e, i) => (
            <tr key={i}>
              <td class="mono">{e.raw ?? e.preview}</td>
              <td class="mono">{e.chain.join(' › ')}</td>
              <td class="mono">{e.hash}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </article>
  );
}
