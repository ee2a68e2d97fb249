import { useState } from 'preact/hooks';
import { QUICK_MARKERS, replyError, type Send } from '@/utils/dashboard/commands';
import type { SessionSummary } from '@/utils/dashboard/session-summary';
import { formatTime } from '@/utils/dashboard/format-time';

interface Props {
  /** The running QA session, if any. */
  active?: SessionSummary;
  send: Send;
}

/** Start or stop a QA session, and add step markers to the running one. Used on the dashboard and options page. */
export function SessionControls({ active, send }: Props) {
  const [name, setName] = useState('');
  const [evidence, setEvidence] = useState(false);
  const [marker, setMarker] = useState('');
  const [status, setStatus] = useState('');
  const [error, setError] = useState('');

  const run = async (message: Parameters<Send>[0], done: string) => {
    setError('');
    try {
      const problem = replyError(await send(message));
      if (problem) return setError(problem);
      setStatus(done);
    } catch (e) {
      setError(`The extension did not answer: ${String(e)}`);
    }
  };
  const start = async (e: Event) => {
    e.preventDefault();
    await run({ type: 'session-start', name, evidenceMode: evidence }, 'QA session started.');
    setName('');
    setEvidence(false);
  };
  const mark = async (label: string) => {
    if (!label.trim()) return;
    await run({ type: 'session-marker', label }, `Marker "${label}" added.`);
    setMarker('');
  };

  return (
    <section class="session-controls" aria-label="QA session" data-testid="session-controls">
      {active ? (
        <div>
          <p data-testid="active-session">
            QA session <strong>{active.name}</strong> running since {formatTime(active.startedAt)}
            {active.evidenceMode ? (
              <span class="tag tag-evidence" data-testid="evidence-mode-on">evidence mode: raw customer values are being stored</span>
            ) : (
              <span class="tag">redacted</span>
            )}
          </p>
          <button type="button" data-testid="stop-session" onClick={() => run({ type: 'session-stop' }, 'QA session stopped.')}>Stop session</button>
          <form class="marker-form" onSubmit={(e) => { e.preventDefault(); void mark(marker); }}>
            <label>
              Step marker{' '}
              <input data-testid="marker-label" value={marker} maxLength={200} onInput={(e) => setMarker(e.currentTarget.value)} placeholder="e.g. coupon applied" />
            </label>{' '}
            <button type="submit">Add marker</button>{' '}
            {QUICK_MARKERS.map((label) => (
              <button key={label} type="button" class="quick" onClick={() => mark(label)}>{label}</button>
            ))}
          </form>
        </div>
      ) : (
        <form onSubmit={start}>
          <label>
            New QA session{' '}
            <input data-testid="session-name" value={name} maxLength={200} onInput={(e) => setName(e.currentTarget.value)} placeholder="e.g. checkout after plugin update" />
          </label>{' '}
          <label>
            <input type="checkbox" data-testid="evidence-mode" checked={evidence} onChange={(e) => setEvidence(e.currentTarget.checked)} /> Evidence mode
          </label>{' '}
          <button type="submit" data-testid="start-session">Start session</button>
          {evidence && (
            <p class="warning" role="alert" data-testid="evidence-warning">
              Evidence mode stores raw customer values (emails, names, addresses, request bodies) for this session and puts them in
              its exports. Use it only with test customers, and stop the session when done.
            </p>
          )}
        </form>
      )}
      {error ? <p class="error" role="alert">{error}</p> : status && <p class="muted" role="status">{status}</p>}
    </section>
  );
}
