import type { FindingRow } from '@/utils/db';
import { consentLabel, scriptUrlText } from '@/utils/panel/describe';

/** What an expanded finding shows: redacted evidence, consent, references, remediation. Text only. */
export function FindingDetails({ finding: f, id }: { finding: FindingRow; id: string }) {
  return (
    <div class="finding-details" id={id} data-testid="finding-details">
      <dl>
        <dt>Evidence (redacted)</dt>
        <dd>
          {f.evidence.length === 0 ? 'none: nothing was seen leaving' : (
            <ul class="plain">
              {f.evidence.map((e, i) => (
                <li key={i} class="evidence">
                  <span>{e.category}</span>
                  {e.preview && <span class="mono">{e.preview}</span>}
                  {e.path && <span class="mono muted">at {e.path}</span>}
                  {e.chain.length > 0 && <span class="mono muted">{e.chain.join(' → ')}</span>}
                  {e.hash && <span class="mono muted">hash {e.hash}</span>}
                </li>
              ))}
            </ul>
          )}
        </dd>
        <dt>Consent when it left</dt>
        <dd>{consentLabel(f.consent)}</dd>
        <dt>Script</dt>
        <dd class="mono">{scriptUrlText(f.source.url) || f.source.method}</dd>
        <dt>Destination</dt>
        <dd class="mono">{f.destination.host || '(in the page)'}{f.destination.eeaEntity ? ` · EEA entity ${f.destination.eeaEntity}` : ''}</dd>
        <dt>Confidence</dt>
        <dd>{f.confidence}{f.partial ? ' · request only partly scanned' : ''}</dd>
        <dt>References</dt>
        <dd>{f.compliance.join(' · ') || 'none'}</dd>
        <dt>Remediation</dt>
        <dd>{f.remediation}</dd>
      </dl>
    </div>
  );
}
