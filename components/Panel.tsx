import { useMemo, useState } from 'preact/hooks';
import type { FindingRow, LeakscopeDB } from '@/utils/db';
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
import { PanelSession } from './PanelSession';
import { RequestTable } from './RequestTable';
import { SeverityCounts } from './SeverityCounts';
import { useLiveQuery } from './use-live-query';

interface Props {
  db: LeakscopeDB;
  tab: { id: number; url?: string } | undefined;
  settings: Settings | undefined;
  saveSettings: (next: Settings) => Promise<void>;
  /** The extension's version, for an export's provenance. */
  toolVersion?: string;
}

const NONE: FindingRow[] = [];

/** The leak panel of one tab's current page (popup and side panel). Live: follows the database. */
export function Panel({ db, tab, settings, saveSettings, toolVersion = 'unknown' }: Props) {
  const [view, setView] = useState<'findings' | 'requests'>('findings');
  const [filter, setFilter] = useState(NO_FILTER);
  const tabId = tab?.id;
  // Only this page's findings, by the visitId index.
  const page = useLiveQuery(async () => {
    if (tabId === undefined) return undefined;
    const visitId = currentVisit(await db.tabs.get(tabId));
    const [visit, findings] = visitId ? await Promise.all([db.visits.get(visitId), db.findings.where('visitId').equals(visitId).toArray()]) : [undefined, []];
    return { tabId, visit, findings };
  }, [tabId]);
  const visitId = page?.visit?.id;
  const requests = useLiveQuery(async () => (visitId ? db.requests.where('visitId').equals(visitId).count() : 0), [visitId]);
  // Read after the page, so it does not hold up the first rows.
  const sessionId = page?.visit?.sessionId;
  const session = useLiveQuery(async () => (sessionId ? db.sessions.get(sessionId) : undefined), [sessionId]);
  const findings = page?.findings ?? NONE;
  const type = pageTypeLabel(page?.visit?.page?.page);
  // Derived once per change of the findings or filter; the request count arriving later re-renders
  // only the counters, not the flow picture and list (the same vnodes are skipped).
  const counts = useMemo(() => countBySeverity(findings), [findings]);
  const shown = useMemo(() => applyFilter(findings, filter), [findings, filter]);
  const listed = useMemo(
    () => (
      <>
        <FlowGraph findings={shown} pageLabel={type} />
        <FindingFilters filter={filter} choices={filterChoices(findings)} onChange={setFilter} />
        {shown.length === 0 ? <p class="muted">No finding matches these filters.</p> : <FindingList findings={shown} />}
      </>
    ),
    [shown, type, filter, findings],
  );

  if (!tab || !settings || page?.tabId !== tab.id) return <p class="muted">Loading…</p>;
  const origin = tab.url ? originOf(tab.url) : null;
  if (!origin) return <p class="empty" data-testid="not-http">Leakscope watches http(s) store pages; this tab shows none.</p>;
  if (!isMonitoredUrl(tab.url, settings.monitored)) return <NotMonitored origin={origin} onMonitor={() => void saveSettings(withMonitored(settings, [origin]))} />;
  const visit = page.visit;
  if (!visit) return <p class="empty" data-testid="reload-needed">{origin} is monitored. Reload the page to start recording it.</p>;

  return (
    <section class="panel" data-testid="panel" data-visit={visit.id}>
      <header class="page-head">
        <div class="page-type" data-testid="page-type">{type}</div>
        <div class="mono" data-testid="page-url">{displayUrl(visit.url)}</div>
        {session?.id === visit.sessionId && <PanelSession db={db} session={session} settings={settings} toolVersion={toolVersion} />}
      </header>
      <SeverityCounts counts={counts} selected={filter.severities} onToggle={(s) => setFilter(toggleSeverity(filter, s))} />
      <div class="view-switch" role="tablist" aria-label="View">
        <button type="button" role="tab" aria-selected={view === 'findings'} onClick={() => setView('findings')}>Findings ({findings.length})</button>
        <button type="button" role="tab" aria-selected={view === 'requests'} onClick={() => setView('requests')}>Requests ({requests ?? '…'})</button>
      </div>
      {view === 'requests' ? (
        <div class="requests-view"><RequestTable db={db} visitId={visit.id} /></div>
      ) : findings.length === 0 ? (
        <NoFindings visit={visit} requests={requests ?? 0} />
      ) : (
        listed
      )}
    </section>
  );
}
