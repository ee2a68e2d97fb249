import type { FindingRow, LeakscopeDB, MarkerRow, VisitRow } from '../db';
import { indexFindings, type IndexedFinding } from './finding-index';
import { summariseSessions, type SessionSummary } from './session-summary';
import { countBy } from './severity-counts';
import { sessionTimeline, type TimelineEntry } from './timeline';

// What the dashboard reads from IndexedDB, in as few passes as possible.

export interface SessionDetail {
  timeline: TimelineEntry[];
  findings: IndexedFinding[];
}

export interface DashboardData {
  sessions: SessionSummary[];
  /** The chosen session if it exists, else the running QA session, else the newest. */
  selectedId?: string;
  detail?: SessionDetail;
}

/** Everything the dashboard shows, reading the findings once (for the counts and the chosen session). */
export async function loadDashboard(db: LeakscopeDB, chosen: string | undefined): Promise<DashboardData> {
  return db.transaction('r', [db.sessions, db.findings, db.visits, db.markers], async () => {
    const [rows, findings] = await Promise.all([db.sessions.toArray(), db.findings.toArray()]);
    const sessions = summariseSessions(rows, countBy(findings, (f) => f.sessionId));
    const selectedId = sessions.find((s) => s.id === chosen)?.id ?? sessions.find((s) => s.active)?.id ?? sessions[0]?.id;
    if (!selectedId) return { sessions };
    const [visits, markers] = await Promise.all([
      db.visits.where('sessionId').equals(selectedId).toArray(),
      db.markers.where('sessionId').equals(selectedId).toArray(),
    ]);
    return { sessions, selectedId, detail: sessionDetail(visits, markers, findings.filter((f) => f.sessionId === selectedId)) };
  });
}

function sessionDetail(visits: VisitRow[], markers: MarkerRow[], findings: FindingRow[]): SessionDetail {
  const byId = new Map<string, VisitRow>(visits.map((v) => [v.id, v]));
  return { timeline: sessionTimeline(visits, markers, countBy(findings, (f) => f.visitId)), findings: indexFindings(findings, byId) };
}
