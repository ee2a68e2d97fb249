import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { replyError, type Send } from '@/utils/dashboard/commands';
import type { SessionSummary } from '@/utils/dashboard/session-summary';
import { formatTime } from '@/utils/dashboard/format-time';
import { SeverityChips } from './SeverityChips';

/** The chosen session's name (renamable), span, evidence-mode marking and its actions (export). */
export function SessionHeader({ session, send, children }: { session: SessionSummary; send: Send; children?: ComponentChildren }) {
  const [editing, setEditing] = useState(false);
  const [name, setName] = useState(session.name);
  const [error, setError] = useState('');
  const save = async (e: Event) => {
    e.preventDefault();
    const problem = replyError(await send({ type: 'session-rename', id: session.id, name }).catch((x) => ({ ok: false, error: String(x) })));
    setError(problem ?? '');
    if (!problem) setEditing(false);
  };
  return (
    <header class="session-header">
      {editing ? (
        <form onSubmit={save}>
          <label>
            Session name <input data-testid="rename-input" value={name} maxLength={200} onInput={(e) => setName(e.currentTarget.value)} />
          </label>{' '}
          <button type="submit">Save</button> <button type="button" onClick={() => setEditing(false)}>Cancel</button>
        </form>
      ) : (
        <h2 data-testid="session-title">
          {session.name}{' '}
          <button type="button" class="small" onClick={() => { setName(session.name); setEditing(true); }} aria-label={`Rename session ${session.name}`}>Rename</button>
        </h2>
      )}
      {error && <p class="error" role="alert">{error}</p>}
      {session.evidenceMode && (
        <p class="warning" data-testid="evidence-banner">Evidence mode: this session stores raw customer values, and its exports contain them.</p>
      )}
      <p class="muted">
        {session.kind === 'implicit' ? 'Browsing' : session.kind === 'imported' ? 'Imported' : 'QA'} session, {formatTime(session.startedAt)} –{' '}
        {session.active ? 'running' : formatTime(session.endedAt)} · <SeverityChips counts={session.counts} />
      </p>
      {children}
    </header>
  );
}
