import { useState } from 'preact/hooks';
import type { LeakscopeDB } from '@/utils/db';
import { displayUrl } from '@/utils/dashboard/display-url';
import { isMonitoredUrl, originOf } from '@/utils/origin';
import { pageTypeLabel } from '@/utils/panel/describe';
import { applyFilter, countBySeverity, filterChoices, NO_FILTER, toggleSeverity } from '@/utils/panel/filter';
import { withMonitored, type Settings } from '@/utils/settings';
import { currentVisit } from '@/utils/tab-history';
import { FindingFilters } from './FindingFilters';
import { FindingList } from './FindingList';
import { FlowGraph } from './FlowGraph';
import { NoFindings, NotMonitored } from './PanelEmpty';
import { RequestTable } from './RequestTable';
import { SeverityCounts } from './SeverityCounts';
import { useLiveQuery } from './use-live-query';

interface Props {
  db: LeakscopeDB;
  tab: { id: number; url?: string } | undefined;
  settings: Settings | undefined;
  saveSettings: (next: Settings) => Promise<void>;
}

/** The leak panel of one tab's current page (popup and side panel). Live: follows the database. */
export function Panel({ db, tab, settings, saveSettings }: Props) {
  const [view, setView] = useState<'findings' | 'requests'>('findings');
  const [filter, setFilter] = useState(NO_FILTER);
  const page = useLiveQuery(async () => {
    if (tab === undefined) return undefined;
    const visitId = currentVisit(await db.tabs.get(tab.id));
    const [visit, findings] = visitId ? await Promise.all([db.visits.get(visitId), db.findings.where('visitId').equals(visitId).toArray()]) : [undefined, []];
    return { tabId: tab.id, visit, findings };
  }, [tab?.id]);
  const visitId = page?.visit?.id;
  const requests = useLiveQuery(async () => (visitId ? db.requests.where('visitId').equals(visitId).count() : 0), [visitId]);

  if (!tab || !settings || page?.tabId !== tab.id) return <p class="muted">Loading…</p>;
  const origin = tab.url ? originOf(tab.url) : null;
  if (!origin) return <p class="empty" data-testid="not-http">Leakscope watches http(s) store pages; this tab shows none.</p>;
  if (!isMonitoredUrl(tab.url, settings.monitored)) return <NotMonitored origin={origin} onMonitor={() => void saveSettings(withMonitored(settings, [origin]))} />;
  const visit = page.visit;
  if (!visit) return <p class="empty" data-testid="reload-needed">{origin} is monitored. Reload the page to start recording it.</p>;

  const shown = applyFilter(page.findings, filter);
  const type = pageTypeLabel(visit.page?.page);
  return (
    <section class="panel" data-testid="panel" data-visit={visit.id}>
      <header class="page-head">
        <div class="page-type" data-testid="page-type">{type}</div>
        <div class="mono" data-testid="page-url">{displayUrl(visit.url)}</div>
      </header>
      <SeverityCounts counts={countBySeverity(page.findings)} selected={filter.severities} onToggle={(s) => setFilter(toggleSeverity(filter, s))} />
      <div class="view-switch" role="tablist" aria-label="View">
        <button type="button" role="tab" aria-selected={view === 'findings'} onClick={() => setView('findings')}>Findings ({page.findings.length})</button>
        <button type="button" role="tab" aria-selected={view === 'requests'} onClick={() => setView('requests')}>Requests ({requests ?? '…'})</button>
      </div>
      {view === 'requests' ? (
        <div class="requests-view"><RequestTable db={db} visitId={visit.id} /></div>
      ) : page.findings.length === 0 ? (
        <NoFindings visit={visit} requests={requests ?? 0} />
      ) : (
        <>
          <FlowGraph findings={shown} pageLabel={type} />
          <FindingFilters filter={filter} choices={filterChoices(page.findings)} onChange={setFilter} />
          {shown.length === 0 ? <p class="muted">No finding matches these filters.</p> : <FindingList findings={shown} />}
        </>
      )}
    </section>
  );
}
