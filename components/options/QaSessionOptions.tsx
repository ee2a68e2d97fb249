import { SessionControls } from '@/components/dashboard/SessionControls';
import type { LeakscopeDB } from '@/utils/db';
import type { Send } from '@/utils/dashboard/commands';
import { summariseSessions } from '@/utils/dashboard/session-summary';
import { useLiveQuery } from '../use-live-query';

/** The QA session and its evidence-mode state, with start/stop, plus the way to the dashboard. */
export function QaSessionOptions({ db, send }: { db: LeakscopeDB; send: Send }) {
  const active = useLiveQuery(async () => summariseSessions(await db.sessions.toArray(), new Map()).find((s) => s.active) ?? null, []);
  return (
    <section class="options-section" aria-labelledby="qa-heading">
      <h2 id="qa-heading">QA session</h2>
      <p class="muted">Without a QA session, pages are grouped into one browsing session per day.</p>
      <dl class="modes" data-testid="redaction-modes">
        <dt>Redacted (the default, always outside QA sessions)</dt>
        <dd>
          A finding keeps a masked preview (<span class="mono">j***@e***.com</span>) and a salted hash of each customer value, never the
          value. Raw request bodies are dropped once checked (after 15 minutes, or when the QA session stops). Exports contain no raw value.
        </dd>
        <dt>Evidence mode (chosen when a QA session starts, for that session only)</dt>
        <dd>
          The session keeps raw customer values and request bodies as evidence. It is marked as such in the panel, the side panel, the
          dashboard and here, and its exports say <span class="mono">redaction: evidence</span> and contain the raw values. Use it only
          with test customers, and delete the data below when done.
        </dd>
      </dl>
      {active === undefined ? <p class="muted">Loading…</p> : <SessionControls active={active ?? undefined} send={send} />}
      <p>
        <a href="/dashboard.html" target="_blank" data-testid="open-dashboard">Open dashboard</a>{' '}
        <span class="muted">(sessions, findings, compare, export and import)</span>
      </p>
    </section>
  );
}
