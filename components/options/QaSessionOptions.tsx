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
      <p class="muted">
        Without a QA session, pages are grouped into one browsing session per day. Redaction is the default: findings keep a
        masked preview and a salted hash of each customer value. Evidence mode keeps raw values, for one QA session only.
      </p>
      {active === undefined ? <p class="muted">Loading…</p> : <SessionControls active={active ?? undefined} send={send} />}
      <p>
        <a href="/dashboard.html" target="_blank" data-testid="open-dashboard">Open dashboard</a>{' '}
        <span class="muted">(sessions, findings, compare, export and import)</span>
      </p>
    </section>
  );
}
