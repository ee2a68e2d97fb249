import { useState } from 'preact/hooks';
import type { LeakscopeDB, RequestRow } from '@/utils/db';
import { foldPreflights, isPreflight } from '@/utils/request-preflights';
import { useLiveQuery } from './use-live-query';

const shortUrl = (url: string) => (url.length > 80 ? `${url.slice(0, 77)}…` : url);
const MAX_ROWS = 200;

function bodySummary(row: RequestRow): string {
  const b = row.body;
  if (!b || b.status === 'empty') return '';
  if (b.status === 'ok') return `${b.size ?? '?'} B`;
  // Say what the user can do about it where there is something to do.
  const hint = b.status === 'truncated' ? ' (raise the body limit in Settings to keep more)' : '';
  return `${b.size ?? '?'} B, ${b.reason ?? b.status}${hint}`;
}

function How({ row, preflight }: { row: RequestRow; preflight?: RequestRow | undefined }) {
  if (isPreflight(row)) return <td>CORS preflight <span class="muted">(OPTIONS, sent by the browser)</span></td>;
  return (
    <td>
      {row.transport} {row.method}
      {preflight && (
        <span class="muted" data-testid="preflight-tag" title={`The browser sent a CORS preflight (OPTIONS${preflight.statusCode ? `, answered ${preflight.statusCode}` : ''}) first`}>
          {' '}+ preflight
        </span>
      )}
    </td>
  );
}

/**
 * The requests of one visit, newest first. CORS preflights are folded into the call they precede
 * (a tag on it) unless the user asks to see them. Captured values are rendered as text only.
 */
export function RequestTable({ db, visitId }: { db: LeakscopeDB; visitId: string }) {
  const [showPreflights, setShowPreflights] = useState(false);
  const rows = useLiveQuery(() => db.requests.where('visitId').equals(visitId).reverse().sortBy('startedAt'), [visitId]);
  if (!rows) return <p class="muted">Loading…</p>;
  if (rows.length === 0) return <p class="muted">No request recorded on this page yet.</p>;
  const folded = foldPreflights(rows);
  const shown = showPreflights ? rows : folded.rows;
  return (
    <div>
      {folded.preflights > 0 && (
        <label class="muted">
          <input type="checkbox" data-testid="show-preflights" checked={showPreflights} onChange={(e) => setShowPreflights(e.currentTarget.checked)} />
          {' '}Show CORS preflights as rows ({folded.preflights})
        </label>
      )}
      <table data-testid="requests">
        <thead><tr><th>How</th><th>Where</th><th>Body</th><th>By</th></tr></thead>
        <tbody>
          {shown.slice(0, MAX_ROWS).map((r) => (
            <tr key={r.id} data-testid="request-row">
              <How row={r} preflight={folded.preflightOf.get(r.id)} />
              <td class="mono">{shortUrl(r.url)}</td>
              <td>{bodySummary(r)}</td>
              <td class="mono">{r.initiator.url ? shortUrl(r.initiator.url) : r.initiator.method}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
