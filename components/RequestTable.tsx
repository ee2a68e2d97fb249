import type { LeakscopeDB, RequestRow } from '@/utils/db';
import { useLiveQuery } from './use-live-query';

const shortUrl = (url: string) => (url.length > 80 ? `${url.slice(0, 77)}…` : url);

function bodySummary(row: RequestRow): string {
  const b = row.body;
  if (!b || b.status === 'empty') return '';
  if (b.status === 'ok') return `${b.size ?? '?'} B`;
  // Say what the user can do about it where there is something to do.
  const hint = b.status === 'truncated' ? ' (raise the body limit in Settings to keep more)' : '';
  return `${b.size ?? '?'} B, ${b.reason ?? b.status}${hint}`;
}

/** The requests of one visit, newest first. Captured values are rendered as text only. */
export function RequestTable({ db, visitId }: { db: LeakscopeDB; visitId: string }) {
  const rows = useLiveQuery(() => db.requests.where('visitId').equals(visitId).reverse().sortBy('startedAt'), [visitId]);
  if (!rows) return <p class="muted">Loading…</p>;
  if (rows.length === 0) return <p class="muted">No request recorded on this page yet.</p>;
  return (
    <table data-testid="requests">
      <thead><tr><th>How</th><th>Where</th><th>Body</th><th>By</th></tr></thead>
      <tbody>
        {rows.slice(0, 200).map((r) => (
          <tr key={r.id}>
            <td>{r.transport} {r.method}</td>
            <td class="mono">{shortUrl(r.url)}</td>
            <td>{bodySummary(r)}</td>
            <td class="mono">{r.initiator.url ? shortUrl(r.initiator.url) : r.initiator.method}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
