import { useState } from 'preact/hooks';
import type { LeakscopeDB } from '@/utils/db';
import type { Send } from '@/utils/dashboard/commands';
import { loadSessionDetail, loadSessionSummaries } from '@/utils/dashboard/queries';
import { useLiveQuery } from '../use-live-query';
import { CompareSessions } from './CompareSessions';
import { FindingsView } from './FindingsView';
import { SessionControls } from './SessionControls';
import { SessionHeader } from './SessionHeader';
import { SessionList } from './SessionList';
import { Timeline } from './Timeline';

interface Props {
  db: LeakscopeDB;
  send: Send;
}

/** Sessions → visits and markers → findings, with QA session control, search, compare, export and import. */
export function Dashboard({ db, send }: Props) {
  const sessions = useLiveQuery(() => loadSessionSummaries(db), []);
  const [chosen, setChosen] = useState<string>();
  const [visitId, setVisitId] = useState<string>();
  const active = sessions?.find((s) => s.active);
  const selectedId = chosen ?? active?.id ?? sessions?.[0]?.id;
  const selected = sessions?.find((s) => s.id === selectedId);
  const detail = useLiveQuery(() => (selectedId ? loadSessionDetail(db, selectedId) : Promise.resolve(undefined)), [selectedId]);
  const select = (id: string) => {
    setChosen(id);
    setVisitId(undefined);
  };

  return (
    <main class="dashboard">
      <h1>Leakscope dashboard</h1>
      <SessionControls active={active} send={send} />
      <section aria-label="Sessions">
        <h2>Sessions</h2>
        {sessions ? <SessionList sessions={sessions} selected={selectedId} onSelect={select} /> : <p class="muted">Loading…</p>}
      </section>
      {selected && (
        <section class="session" aria-label={`Session ${selected.name}`} data-testid="session-detail" data-session-id={selected.id}>
          <SessionHeader key={selected.id} session={selected} send={send} />
          {!detail ? (
            <p class="muted">Loading…</p>
          ) : (
            <div class="session-body">
              <section class="visits" aria-label="Pages and steps">
                <h3>Pages and steps</h3>
                <Timeline entries={detail.timeline} selectedVisit={visitId} onSelectVisit={setVisitId} />
              </section>
              <FindingsView index={detail.findings} visitId={visitId} />
            </div>
          )}
        </section>
      )}
      {sessions && sessions.length > 1 && <CompareSessions db={db} sessions={sessions} />}
    </main>
  );
}
