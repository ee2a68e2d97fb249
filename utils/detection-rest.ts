import type { FrameRow, LeakscopeDB, RequestRow } from './db';
import { dropRawFrame, dropRawRequest } from './drop-raw';
import { redactVisitAtRest, scrubber } from './redact-at-rest';
import { loadSeeds, type SessionAreaLike } from './seed-store';
import type { Settings } from './settings';

// The detector's at-rest jobs: dropping raw bodies and redacting visits, both skipped for sessions
// in evidence mode. Kept apart from analysis: they share no state with it, only the database.

export interface RestDeps {
  db: LeakscopeDB;
  sessionArea: SessionAreaLike;
  getSettings(): Promise<Settings>;
  salt(): Promise<string>;
  now(): number;
}

export function createRestJobs(deps: RestDeps) {
  const { db } = deps;

  /** Visits of sessions in evidence mode: their raw bodies are kept. */
  async function evidenceVisits(): Promise<Set<string>> {
    const sessions = await db.sessions.filter((s) => s.evidenceMode === true).primaryKeys();
    return new Set(sessions.length ? await db.visits.where('sessionId').anyOf(sessions).primaryKeys() : []);
  }

  return {
    /** Drops the rows' raw bodies, header values and URLs; returns how many were dropped. */
    async dropRows(requests: RequestRow[], frames: FrameRow[]): Promise<number> {
      const keep = await evidenceVisits();
      const salt = await deps.salt();
      const r = requests.filter((x) => !keep.has(x.visitId));
      const f = frames.filter((x) => !keep.has(x.visitId));
      for (const row of r) await db.requests.update(row.id, dropRawRequest(row, salt, deps.now()));
      for (const row of f) await db.frames.update(row.id, dropRawFrame(row, deps.now()));
      return r.length + f.length;
    },

    /** Strips customer values from the visits' URLs, titles and page evidence (needs the session's seeds). */
    async redactVisits(visitIds: readonly string[], sessionId: string): Promise<void> {
      if ((await db.sessions.get(sessionId))?.evidenceMode === true) return;
      const values = (await loadSeeds(deps.sessionArea, sessionId)).map((s) => s.value);
      const canary = (await deps.getSettings()).canary;
      for (const v of [canary.email, canary.firstName, canary.lastName, canary.phone]) if (v) values.push(v);
      const scrub = scrubber(values);
      for (const id of visitIds) {
        const visit = await db.visits.get(id);
        if (visit && !visit.redactedAt) await db.visits.update(id, redactVisitAtRest(visit, scrub, deps.now()));
      }
    },
  };
}
