import type { LeakscopeDB, VisitRow } from '../db';
import { indexFindings, type IndexedFinding } from './finding-index';
import { summariseSessions, type SessionSummary } from './session-summary';
import { countBy } from './severity-counts';
import { sessionTimeline, type TimelineEntry } from './timeline';

// What the dashboard reads from IndexedDB, in as few passes as possible.

export async function loadSessionSummaries(db: LeakscopeDB): Promise<SessionSummary[]> {
  const [sessions, findings] = await db.transaction('r', [db.sessions, db.findings], () => Promise.all([db.sessions.toArray(), db.findings.toArray()]));
  return summariseSessions(sessions, countBy(findings, (f) => f.sessionId));
}

export interface SessionDetail {
  timeline: TimelineEntry[];
  findings: IndexedFinding[];
}

export async function loadSessionDetail(db: LeakscopeDB, sessionId: string): Promise<SessionDetail> {
  const [visits, markers, findings] = await db.transaction('r', [db.visits, db.markers, db.findings], () =>
    Promise.all([
      db.visits.where('sessionId').equals(sessionId).toArray(),
      db.markers.where('sessionId').equals(sessionId).toArray(),
      db.findings.where('sessionId').equals(sessionId).toArray(),
    ]),
  );
  const byId = new Map<string, VisitRow>(visits.map((v) => [v.id, v]));
  return { timeline: sessionTimeline(visits, markers, countBy(findings, (f) => f.visitId)), findings: indexFindings(findings, byId) };
}
