import type { FindingRow as Row } from '@/utils/db';
import { FindingRow } from '../FindingRow';

/** The chosen finding, shown as the leak panel shows it (what, to whom, by whom, how, when, evidence). */
export function FindingPane({ finding, onClose }: { finding: Row; onClose(): void }) {
  return (
    <aside class="dash-pane" aria-label="Finding details">
      <button type="button" class="dash-close" onClick={onClose} aria-label="Close details">×</button>
      <FindingRow finding={finding} expanded onToggle={onClose} />
    </aside>
  );
}
