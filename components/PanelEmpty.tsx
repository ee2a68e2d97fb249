import type { VisitRow } from '@/utils/db';
import { pageTypeLabel } from '@/utils/panel/describe';

/** Why a monitored page shows no finding: what was checked, so "nothing" is an answer. */
export function NoFindings({ visit, requests }: { visit: VisitRow; requests: number }) {
  const others = visit.nonAiSeedFlows ?? 0;
  return (
    <div class="empty" data-testid="no-findings">
      <p><strong>Nothing from this page reached an AI service.</strong></p>
      <ul>
        <li>{requests} request{requests === 1 ? '' : 's'} recorded and checked against the AI catalog.</li>
        <li>Page type: {pageTypeLabel(visit.page?.page)}.</li>
        <li>Scripts and frames inventoried: {visit.inventory ? visit.inventory.components.length : 'not yet'}.</li>
        {others > 0 && <li>{others} request{others === 1 ? '' : 's'} carried customer data to non-AI third parties (not a finding).</li>}
      </ul>
      <p class="muted">New requests and findings appear here as the page makes them.</p>
    </div>
  );
}

interface NotMonitoredProps {
  origin: string;
  onMonitor: () => void;
}

export function NotMonitored({ origin, onMonitor }: NotMonitoredProps) {
  return (
    <div class="empty">
      <p data-testid="not-monitored">{origin} is not monitored, so nothing on it is recorded.</p>
      <button type="button" onClick={onMonitor}>Monitor this site</button>
      <p class="muted">Recording starts with the next page load.</p>
    </div>
  );
}
