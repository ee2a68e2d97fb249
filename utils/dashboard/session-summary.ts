import type { SessionRow } from '../db';
import { noCounts, type SeverityCounts } from './severity-counts';

// One line per session in the dashboard's list: what kind it is, its span, and its findings.

export type SessionKind = 'QA' | 'implicit' | 'imported';

export interface SessionSummary {
  id: string;
  name: string;
  kind: SessionKind;
  evidenceMode: boolean;
  active: boolean;
  startedAt: number;
  endedAt?: number;
  counts: SeverityCounts;
}

export const sessionKind = (s: SessionRow): SessionKind => (s.imported ? 'imported' : s.implicit ? 'implicit' : 'QA');

/** Newest first. A QA session without an end is the active one. */
export function summariseSessions(sessions: readonly SessionRow[], counts: ReadonlyMap<string, SeverityCounts>): SessionSummary[] {
  return [...sessions]
    .sort((a, b) => b.startedAt - a.startedAt || (a.id < b.id ? -1 : 1))
    .map((s) => ({
      id: s.id,
      name: s.name,
      kind: sessionKind(s),
      evidenceMode: s.evidenceMode === true,
      active: !s.implicit && !s.imported && s.endedAt === undefined,
      startedAt: s.startedAt,
      ...(s.endedAt !== undefined ? { endedAt: s.endedAt } : {}),
      counts: counts.get(s.id) ?? noCounts(),
    }));
}
