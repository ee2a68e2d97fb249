import type { FindingRow as Row } from '@/utils/db';
import { componentLabel, howLabel, scriptUrlText, whatLabel, whenLabel, whomLabel } from '@/utils/panel/describe';
import { FindingDetails } from './FindingDetails';

interface Props {
  finding: Row;
  expanded: boolean;
  onToggle: () => void;
}

/** One finding: what, to whom, by whom, how, when; expands to its details. Captured values are text. */
export function FindingRow({ finding: f, expanded, onToggle }: Props) {
  const what = whatLabel(f);
  const detailsId = `details-${f.id.replace(/[^A-Za-z0-9_-]/g, '_')}`;
  const script = scriptUrlText(f.source.url);
  return (
    <article
      class={`finding sev-border-${f.severity}`} data-testid="finding" data-severity={f.severity} data-category={f.dataCategory}
      data-vendor={f.destination.vendor ?? f.destination.host} data-slug={f.source.component?.slug ?? ''}
    >
      <button type="button" class="finding-toggle" aria-expanded={expanded} aria-controls={detailsId} onClick={onToggle}>
        <span class={`sev-chip sev-${f.severity}`}>{f.severity}</span>
        <span class="what">{what.category}</span>
        {what.preview && <span class="mono preview">{what.preview}</span>}
      </button>
      <div class="facts">
        <div><span class="k">to</span> <span data-testid="whom">{whomLabel(f)}</span></div>
        <div>
          <span class="k">by</span> <span data-testid="component">{componentLabel(f.source)}</span>
          {script && <span class="mono muted script" title={script}> {script}</span>}
        </div>
        <div><span class="k">how</span> {howLabel(f)}</div>
        <div><span class="k">when</span> {whenLabel(f)}</div>
      </div>
      {expanded && <FindingDetails finding={f} id={detailsId} />}
    </article>
  );
}
