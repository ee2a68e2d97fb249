import { SEVERITIES } from '@/utils/dashboard/finding-index';
import type { SeverityCounts } from '@/utils/dashboard/severity-counts';

/** Counts by severity, zero counts left out; "none" when there are none. */
export function SeverityChips({ counts }: { counts: SeverityCounts }) {
  const shown = SEVERITIES.filter((s) => counts[s] > 0);
  if (shown.length === 0) return <span class="muted">none</span>;
  return (
    <span class="chips">
      {shown.map((s) => (
        <span key={s} class={`sev-chip sev-${s}`} title={`${counts[s]} ${s}`}>{counts[s]} {s}</span>
      ))}
    </span>
  );
}
