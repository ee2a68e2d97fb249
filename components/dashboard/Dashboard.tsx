import { useState } from 'preact/hooks';
import type { LeakscopeDB } from '@/utils/db';
import type { Send } from '@/utils/dashboard/commands';
import { browserFromUserAgent } from '@/utils/export/meta';
import type { ExportMeta } from '@/utils/export/build';
import { loadSettings, type StorageAreaLike } from '@/utils/settings-store';
import { loadDashboard } from '@/utils/dashboard/queries';
import { useLiveQuery } from '../use-live-query';
import { CompareSessions } from './CompareSessions';
import { ExportButtons } from './ExportButtons';
import { FindingsView } from './FindingsView';
import { ImportFindings } from './ImportFindings';
import { SessionControls } from './SessionControls';
import { SessionHeader } from './SessionHeader';
import { SessionList } from './SessionList';
import { Timeline } from './Timeline';

interface Props {
  db: LeakscopeDB;
  send: Send;
  /** storage.local: the settings an export's provenance lists. */
  storage: StorageAreaLike;
  toolVersion: string;
  /** Session to show first (`dashboard.html?session=<id>`); else the running QA session, else the newest. */
  initialSession?: string;
}

/** Sessions → visits and markers → findings, with QA session control, search, compare, export and import. */
export function Dashboard({ db, send, storage, toolVersion, initialSession }: Props) {
  const [chosen, setChosen] = useState<string | undefined>(initialSession);
  const [visitId, setVisitId] = useState<string>();
  const data = useLiveQuery(() => loadDashboard(db, chosen), [chosen]);
  const sessions = data?.sessions;
  const active = sessions?.find((s) => s.active);
  const selected = sessions?.find((s) => s.id === data?.selectedId);
  const detail = data?.detail;
  const meta = async (): Promise<ExportMeta> => ({
    toolVersion, browser: browserFromUserAgent(navigator.userAgent), exportedAt: Date.now(), settings: await loadSettings(storage),
  });
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
        {sessions ? <SessionList sessions={sessions} selected={selected?.id} onSelect={select} /> : <p class="muted">Loading…</p>}
      </section>
      {selected && (
        <section class="session" aria-label={`Session ${selected.name}`} data-testid="session-detail" data-session-id={selected.id}>
          <SessionHeader key={selected.id} session={selected} send={send}>
            <ExportButtons db={db} sessionId={selected.id} evidenceMode={selected.evidenceMode} meta={meta} />
          </SessionHeader>
          {!detail ? (
            <p class="muted">Loading…</p>
          ) : (
            <div class="session-body">
              <section class="visits" aria-label="Pages and steps">
                <h3>Pages and steps</h3>
                <Timeline entries={detail.timeline} selectedVisit={visitId} onSelectVisit={setVisitId} />
              </section>
              <FindingsView key={selected.id} index={detail.findings} visitId={visitId} />
            </div>
          )}
        </section>
      )}
      {sessions && sessions.length > 1 && <CompareSessions db={db} sessions={sessions} />}
      <ImportFindings db={db} onImported={select} />
    </main>
  );
}
