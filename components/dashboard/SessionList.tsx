import type { SessionSummary } from '@/utils/dashboard/session-summary';
import { formatTime } from '@/utils/dashboard/format-time';
import { SeverityChips } from './SeverityChips';

interface Props {
  sessions: readonly SessionSummary[];
  selected?: string;
  onSelect(id: string): void;
}

const KIND_LABEL = { QA: 'QA', implicit: 'browsing', imported: 'imported' } as const;

/** Every session, newest first: kind, evidence mode, span and findings by severity. */
export function SessionList({ sessions, selected, onSelect }: Props) {
  if (sessions.length === 0) return <p class="muted" data-testid="no-sessions">No session yet. Browse a monitored store or start a QA session.</p>;
  return (
    <table class="sessions" data-testid="sessions">
      <thead>
        <tr><th>Session</th><th>Kind</th><th>Started</th><th>Ended</th><th>Findings</th></tr>
      </thead>
      <tbody>
        {sessions.map((s) => (
          <tr key={s.id} class={s.id === selected ? 'selected' : ''} data-testid="session-row" data-session-id={s.id}>
            <td>
              <button type="button" class="link" aria-pressed={s.id === selected} onClick={() => onSelect(s.id)}>{s.name}</button>
              {s.active && <span class="tag tag-live">running</span>}
              {s.evidenceMode && <span class="tag tag-evidence" title="Raw customer values are stored for this session">evidence mode</span>}
            </td>
            <td>{KIND_LABEL[s.kind]}</td>
            <td>{formatTime(s.startedAt)}</td>
            <td>{s.active ? 'running' : formatTime(s.endedAt)}</td>
            <td><SeverityChips counts={s.counts} /></td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
