import type { LeakscopeDB, SessionRow } from '../db';
import { ensureDailySession } from './daily';

// QA sessions: at most one is active; visits go to it, or else to the implicit session of their day.

const MAX_NAME = 200;

function cleanName(name: string, fallback: string): string {
  const trimmed = name.replace(/\s+/g, ' ').trim().slice(0, MAX_NAME);
  return trimmed || fallback;
}

/** The latest started QA session that has not ended (never an implicit or imported one). */
export async function activeSession(db: LeakscopeDB): Promise<SessionRow | undefined> {
  return db.sessions
    .orderBy('startedAt')
    .reverse()
    .filter((s) => !s.implicit && !s.imported && s.endedAt === undefined)
    .first();
}

/** The session a visit starting at `time` belongs to (creating the day's implicit one if needed). */
export async function currentSessionId(db: LeakscopeDB, time: number): Promise<string> {
  return (await activeSession(db))?.id ?? ensureDailySession(db, time);
}

export interface StartOptions {
  name: string;
  evidenceMode: boolean;
  now: number;
  /** Defaults to a random UUID. */
  id?: string;
}

/** Starts a QA session, ending any active one first (there is only ever one). */
export async function startSession(db: LeakscopeDB, opts: StartOptions): Promise<SessionRow> {
  return db.transaction('rw', db.sessions, async () => {
    const running = await activeSession(db);
    if (running) await db.sessions.update(running.id, { endedAt: Math.max(opts.now, running.startedAt) });
    const row: SessionRow = {
      id: opts.id ?? crypto.randomUUID(),
      name: cleanName(opts.name, `QA session ${new Date(opts.now).toISOString().slice(0, 16).replace('T', ' ')}`),
      startedAt: opts.now,
      implicit: false,
      evidenceMode: opts.evidenceMode === true,
    };
    await db.sessions.add(row);
    return row;
  });
}

/** Ends a QA session; an implicit, imported or already ended session is returned unchanged. */
export async function stopSession(db: LeakscopeDB, id: string, now: number): Promise<SessionRow | undefined> {
  return db.transaction('rw', db.sessions, async () => {
    const row = await db.sessions.get(id);
    if (!row || row.implicit || row.imported || row.endedAt !== undefined) return row;
    const ended = { ...row, endedAt: Math.max(now, row.startedAt) };
    await db.sessions.put(ended);
    return ended;
  });
}

/** Renames a session; a blank name keeps the old one. */
export async function renameSession(db: LeakscopeDB, id: string, name: string): Promise<SessionRow | undefined> {
  return db.transaction('rw', db.sessions, async () => {
    const row = await db.sessions.get(id);
    if (!row) return undefined;
    const renamed = { ...row, name: cleanName(name, row.name) };
    await db.sessions.put(renamed);
    return renamed;
  });
}
