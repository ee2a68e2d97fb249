import type { PanelFilter } from '@/utils/panel/filter';

interface Props {
  filter: PanelFilter;
  choices: { categories: string[]; vendors: string[] };
  onChange: (next: PanelFilter) => void;
}

/** Category and vendor filters (severity is filtered with the counts above). */
export function FindingFilters({ filter, choices, onChange }: Props) {
  const any = filter.severities.length > 0 || filter.category !== null || filter.vendor !== null;
  return (
    <div class="filters">
      <label>
        Data{' '}
        <select value={filter.category ?? ''} onChange={(e) => onChange({ ...filter, category: e.currentTarget.value || null })} data-testid="filter-category">
          <option value="">all</option>
          {choices.categories.map((c) => <option key={c} value={c}>{c}</option>)}
        </select>
      </label>
      <label>
        Vendor{' '}
        <select value={filter.vendor ?? ''} onChange={(e) => onChange({ ...filter, vendor: e.currentTarget.value || null })} data-testid="filter-vendor">
          <option value="">all</option>
          {choices.vendors.map((v) => <option key={v} value={v}>{v}</option>)}
        </select>
      </label>
      {any && <button type="button" onClick={() => onChange({ severities: [], category: null, vendor: null })}>Clear filters</button>}
    </div>
  );
}
