import { useState } from 'preact/hooks';
import type { LeakscopeDB } from '@/utils/db';
import type { SessionSummary } from '@/utils/dashboard/session-summary';
import { diffSessions, type DiffEntry, type SessionDiff } from '@/utils/sessions/diff';
import { formatTime } from '@/utils/dashboard/format-time';

interface Props {
  db: LeakscopeDB;
  sessions: readonly SessionSummary[];
}

const GROUPS: [keyof SessionDiff, string, string][] = [
  ['added', 'New', 'only in B'],
  ['resolved', 'Resolved', 'only in A'],
  ['unchanged', 'Unchanged', 'in both'],
];

function Entry({ e }: { e: DiffEntry }) {
  return (
    <li data-testid="diff-entry">
      <span class={`sev-chip sev-${e.severity}`}>{e.severity}</span> {e.dataCategory} → {e.vendor} · by {e.component} · on {e.pageType}{' '}
      <span class="muted">(A {e.countA}×, B {e.countB}×)</span>
    </li>
  );
}

function SessionSelect({ label, value, sessions, onChange }: { label: string; value: string; sessions: readonly SessionSummary[]; onChange(v: string): void }) {
  return (
    <label>
      {label}{' '}
      <select data-testid={`compare-${label[0]!.toLowerCase()}`} value={value} onChange={(e) => onChange(e.currentTarget.value)}>
        <option value="">choose a session</option>
        {sessions.map((s) => <option key={s.id} value={s.id}>{s.name} ({formatTime(s.startedAt)})</option>)}
      </select>
    </label>
  );
}

/** Two sessions side by side (before and after a plugin update): new, resolved and unchanged findings. */
export function CompareSessions({ db, sessions }: Props) {
  const [a, setA] = useState('');
  const [b, setB] = useState('');
  const [diff, setDiff] = useState<SessionDiff | null>(null);
  const [error, setError] = useState('');
  const compare = async (e: Event) => {
    e.preventDefault();
    if (!a || !b || a === b) return setError('Choose two different sessions.');
    setError('');
    setDiff(await diffSessions(db, a, b));
  };
  return (
    <section class="compare" aria-labelledby="compare-heading">
      <h2 id="compare-heading">Compare two sessions</h2>
      <form onSubmit={compare}>
        <SessionSelect label="A (before)" value={a} sessions={sessions} onChange={(v) => { setA(v); setDiff(null); }} />{' '}
        <SessionSelect label="B (after)" value={b} sessions={sessions} onChange={(v) => { setB(v); setDiff(null); }} />{' '}
        <button type="submit" data-testid="compare">Compare</button>
      </form>
      {error && <p class="error" role="alert">{error}</p>}
      {diff && (
        <div data-testid="diff">
          <p class="muted">A finding is the same when the same vendor receives the same data from the same component on the same kind of page.</p>
          {GROUPS.map(([key, title, hint]) => (
            <div key={key} data-testid={`diff-${key}`}>
              <h3>{title} ({diff[key].length}) <span class="muted">{hint}</span></h3>
              {diff[key].length ? <ul>{diff[key].map((e) => <Entry key={e.identity} e={e} />)}</ul> : <p class="muted">none</p>}
            </div>
          ))}
        </div>
      )}
    </section>
  );
}
