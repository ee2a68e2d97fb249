import { useEffect, useState } from 'preact/hooks';
import type { LeakscopeDB } from '@/utils/db';
import { isMonitoredUrl, originOf } from '@/utils/origin';
import { withMonitored, type Settings } from '@/utils/settings';
import { loadSettings, saveSettings, type StorageAreaLike } from '@/utils/settings-store';
import { currentVisit } from '@/utils/tab-history';
import { RequestTable } from './RequestTable';
import { useLiveQuery } from './use-live-query';

interface Props {
  db: LeakscopeDB;
  storage: StorageAreaLike;
  activeTab(): Promise<{ id?: number; url?: string } | undefined>;
}

export function Popup({ db, storage, activeTab }: Props) {
  const [tab, setTab] = useState<{ id?: number; url?: string }>();
  const [settings, setSettings] = useState<Settings>();
  useEffect(() => {
    activeTab().then(setTab);
    loadSettings(storage).then(setSettings);
  }, []);
  const visit = useLiveQuery(async () => {
    const visitId = tab?.id === undefined ? null : currentVisit(await db.tabs.get(tab.id));
    return visitId ? db.visits.get(visitId) : undefined;
  }, [tab?.id]);

  if (!tab || !settings) return <p class="muted">Loading…</p>;
  const origin = tab.url ? originOf(tab.url) : null;
  if (!origin) return <p>Leakscope watches http(s) store pages; this tab shows none.</p>;
  if (!isMonitoredUrl(tab.url, settings.monitored)) {
    const monitor = async () => setSettings(await saveSettings(storage, withMonitored(settings, [origin])));
    return (
      <main>
        <p data-testid="not-monitored">{origin} is not monitored, so nothing on it is recorded.</p>
        <button onClick={monitor}>Monitor this site</button>
        <p class="muted">Recording starts with the next page load.</p>
      </main>
    );
  }
  return (
    <main>
      <h1 class="mono">{visit?.title || visit?.url || origin}</h1>
      {visit ? <RequestTable db={db} visitId={visit.id} /> : <p class="muted">Monitored. Reload the page to start recording it.</p>}
    </main>
  );
}
