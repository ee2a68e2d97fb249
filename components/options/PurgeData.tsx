import { useState } from 'preact/hooks';
import { replyError, type Send } from '@/utils/dashboard/commands';

/** Deletes every stored session, visit, request and finding, and the seeds, after one confirmation. */
export function PurgeData({ send }: { send: Send }) {
  const [confirming, setConfirming] = useState(false);
  const [status, setStatus] = useState('');
  const [error, setError] = useState('');
  const purge = async () => {
    setConfirming(false);
    const problem = replyError(await send({ type: 'purge-all' }).catch((e) => ({ ok: false, error: String(e) })));
    setError(problem ?? '');
    setStatus(problem ? '' : 'All stored data was deleted. Settings are kept.');
  };
  return (
    <section class="options-section" aria-labelledby="purge-heading">
      <h2 id="purge-heading">Stored data</h2>
      {confirming ? (
        <div role="alertdialog" aria-label="Confirm deleting all stored data" class="warning">
          <p>Delete every recorded session, page, request and finding now? This cannot be undone.</p>
          <button type="button" data-testid="purge-confirm" onClick={purge} autoFocus>Delete everything</button>{' '}
          <button type="button" onClick={() => setConfirming(false)}>Cancel</button>
        </div>
      ) : (
        <button type="button" data-testid="purge" onClick={() => { setStatus(''); setConfirming(true); }}>Delete all stored data…</button>
      )}
      {error && <p class="error" role="alert">{error}</p>}
      {status && <p class="muted" role="status" data-testid="purge-status">{status}</p>}
    </section>
  );
}
