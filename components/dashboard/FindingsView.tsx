import { useMemo, useState } from 'preact/hooks';
import type { FindingRow } from '@/utils/db';
import type { Severity } from '@/utils/finding';
import { EMPTY_FILTER, facetsOf, filterFindings, type FindingFilter } from '@/utils/dashboard/filter';
import { SEVERITIES, type IndexedFinding } from '@/utils/dashboard/finding-index';
import { FindingPane } from './FindingPane';
import { VirtualList } from './VirtualList';

interface Props {
  /** The session's findings, indexed once (sorted, with search text). */
  index: readonly IndexedFinding[];
  visitId?: string;
  /** How tall the list may be (px). */
  height?: number;
}

const ROW_HEIGHT = 30;

function FacetSelect({ label, values, chosen, onChange }: { label: string; values: string[]; chosen: readonly string[]; onChange(v: string[]): void }) {
  return (
    <label>
      {label}{' '}
      <select data-testid={`filter-${label.toLowerCase().replace(/\s+/g, '-')}`} value={chosen[0] ?? ''} onChange={(e) => onChange(e.currentTarget.value ? [e.currentTarget.value] : [])}>
        <option value="">any</option>
        {values.map((v) => <option key={v} value={v}>{v}</option>)}
      </select>
    </label>
  );
}

/** Search and filters over a session's findings, a windowed list, and the chosen finding's details. */
export function FindingsView({ index, visitId, height = 420 }: Props) {
  const [filter, setFilter] = useState<FindingFilter>(EMPTY_FILTER);
  const [open, setOpen] = useState<FindingRow | null>(null);
  const facets = useMemo(() => facetsOf(index), [index]);
  const shown = useMemo(() => filterFindings(index, { ...filter, ...(visitId ? { visitId } : {}) }), [index, filter, visitId]);
  const set = (patch: Partial<FindingFilter>) => setFilter((f) => ({ ...f, ...patch }));
  const toggle = (s: Severity, on: boolean) => set({ severities: on ? [...filter.severities, s] : filter.severities.filter((x) => x !== s) });

  return (
    <section class="findings" aria-label="Findings">
      <div class="dash-filters" role="search">
        <label>
          Search{' '}
          <input
            type="search" data-testid="finding-search" value={filter.text} placeholder="vendor, plugin, category, host, page"
            onInput={(e) => set({ text: e.currentTarget.value })}
          />
        </label>
        <fieldset class="severity-filter">
          <legend>Severity</legend>
          {SEVERITIES.map((s) => (
            <label key={s}>
              <input type="checkbox" data-testid={`filter-severity-${s}`} checked={filter.severities.includes(s)} onChange={(e) => toggle(s, e.currentTarget.checked)} /> {s}
            </label>
          ))}
        </fieldset>
        <FacetSelect label="Category" values={facets.categories} chosen={filter.categories} onChange={(categories) => set({ categories })} />
        <FacetSelect label="Vendor" values={facets.vendors} chosen={filter.vendors} onChange={(vendors) => set({ vendors })} />
        <FacetSelect label="Page type" values={facets.pageTypes} chosen={filter.pageTypes} onChange={(pageTypes) => set({ pageTypes })} />
      </div>
      <p class="muted" data-testid="finding-count" aria-live="polite">
        {shown.length} of {index.length} findings{visitId ? ' on the chosen page' : ''}
      </p>
      {shown.length > 0 && (
        <div class="finding-head" aria-hidden="true">
          <span>Severity</span><span>Data</span><span>To</span><span>By</span><span>Page</span><span>Times</span>
        </div>
      )}
      <VirtualList
        items={shown} rowHeight={ROW_HEIGHT} height={height} label="Findings" testId="finding-list"
        renderRow={({ finding: f, vendor, slug, pageType, pageUrl }) => (
          <button type="button" class={`finding-line${open?.id === f.id ? ' open' : ''}`} data-testid="finding-row" onClick={() => setOpen(open?.id === f.id ? null : f)}>
            <span><span class={`sev-chip sev-${f.severity}`}>{f.severity}</span></span>
            <span>{f.dataCategory}</span>
            <span title={f.destination.host}>{vendor}</span>
            <span>{slug || f.source.component?.kind || '—'}</span>
            <span title={pageUrl}>{pageType}</span>
            <span>{f.count}×</span>
          </button>
        )}
      />
      {open && <FindingPane finding={open} onClose={() => setOpen(null)} />}
    </section>
  );
}
