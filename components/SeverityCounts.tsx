import type { Severity } from '@/utils/finding';
import type { SeverityCounts as Counts } from '@/utils/dashboard/severity-counts';
import { SEVERITY_ORDER } from '@/utils/panel/severity';

interface Props {
  counts: Counts;
  /** Severities chosen as a filter; with `onToggle` the chips are toggle buttons. */
  selected?: readonly Severity[];
  onToggle?: (severity: Severity) => void;
}

/** Findings per severity, worst first; optionally a severity filter. */
export function SeverityCounts({ counts, selected = [], onToggle }: Props) {
  return (
    <div class="severity-counts" role="group" aria-label="Findings by severity" data-testid="severity-counts">
      {SEVERITY_ORDER.map((s) => {
        const label = `${counts[s]} ${s}`;
        return onToggle ? (
          <button key={s} type="button" class={`sev-chip sev-${s}`} aria-pressed={selected.includes(s)} onClick={() => onToggle(s)} data-severity={s}>{label}</button>
        ) : (
          <span key={s} class={`sev-chip sev-${s}`} data-severity={s}>{label}</span>
        );
      })}
    </div>
  );
}
