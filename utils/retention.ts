import type { LeakscopeDB, SessionRow } from './db';
import { dailySessionId } from './sessions/daily';
import type { Settings } from './settings';

// Keeps stored data within the user's limits: sessions older than `retentionDays` go, then the
// oldest sessions until the estimated size fits `retentionMaxMB`. The active QA session and today's
// implicit session are never deleted. Purge clears everything, seeds included.

const DAY_MS = 86_400_000;
const MB = 1024 * 1024;
const SEED_PREFIX = 'seeds:';

/** storage.session: where seeds (raw customer values) live. */
export interface SeedAreaLike {
  get(keys: null): Promise<Record<string, unknown>>;
  remove(keys: string[]): Promise<void>;
}

/** Approximate bytes a row takes: its JSON length (strings count one byte a character). */
function rowSize(row: unknown): number {
  try {
    return JSON.stringify(row)?.length ?? 0;
  } catch {
    return 0;
  }
}

interface Usage {
  total: number;
  bySession: Map<string, number>;
  /** Last activity: the latest of its start, end, import and its visits' starts. */
  lastActive: Map<string, number>;
}

/** One pass over every table, attributing each row's size to its session. */
export async function estimateUsage(db: LeakscopeDB): Promise<Usage> {
  const bySession = new Map<string, number>();
  const lastActive = new Map<string, number>();
  let total = 0;
  const add = (sessionId: string | undefined, bytes: number) => {
    total += bytes;
    if (sessionId !== undefined) bySession.set(sessionId, (bySession.get(sessionId) ?? 0) + bytes);
  };
  const sessionOfVisit = new Map<string, string>();
  await db.sessions.each((s) => {
    add(s.id, rowSize(s));
    lastActive.set(s.id, Math.max(s.startedAt, s.endedAt ?? 0, s.importedAt ?? 0, lastActive.get(s.id) ?? 0));
  });
  await db.visits.each((v) => {
    sessionOfVisit.set(v.id, v.sessionId);
    add(v.sessionId, rowSize(v));
    lastActive.set(v.sessionId, Math.max(v.startedAt, lastActive.get(v.sessionId) ?? 0));
  });
  await db.requests.each((r) => add(sessionOfVisit.get(r.visitId), rowSize(r)));
  await db.frames.each((f) => add(sessionOfVisit.get(f.visitId), rowSize(f)));
  await db.findings.each((f) => add(f.sessionId, rowSize(f)));
  await db.markers.each((m) => add(m.sessionId, rowSize(m)));
  await db.tabs.each((t) => add(undefined, rowSize(t)));
  return { total, bySession, lastActive };
}

/** Deletes a session with its visits, requests, frames, findings and markers. */
export async function deleteSession(db: LeakscopeDB, sessionId: string): Promise<void> {
  await db.transaction('rw', [db.sessions, db.visits, db.requests, db.frames, db.findings, db.markers], async () => {
    const visitIds = await db.visits.where('sessionId').equals(sessionId).primaryKeys();
    await db.requests.where('visitId').anyOf(visitIds).delete();
    await db.frames.where('visitId').anyOf(visitIds).delete();
    await db.findings.where('sessionId').equals(sessionId).delete();
    await db.markers.where('sessionId').equals(sessionId).delete();
    await db.visits.bulkDelete(visitIds);
    await db.sessions.delete(sessionId);
  });
}

function isProtected(s: SessionRow, now: number): boolean {
  return (!s.implicit && !s.imported && s.endedAt === undefined) || s.id === dailySessionId(now);
}

/** Applies the retention settings; returns the ids of the sessions it deleted, oldest first. */
export async function applyRetention(
  db: LeakscopeDB, settings: Pick<Settings, 'retentionDays' | 'retentionMaxMB'>, now: number, seeds?: SeedAreaLike,
): Promise<string[]> {
  const usage = await estimateUsage(db);
  const candidates = (await db.sessions.toArray())
    .filter((s) => !isProtected(s, now))
    .map((s) => ({ id: s.id, last: usage.lastActive.get(s.id) ?? s.startedAt }))
    .sort((a, b) => a.last - b.last || (a.id < b.id ? -1 : 1));
  const cutoff = now - settings.retentionDays * DAY_MS;
  const limit = settings.retentionMaxMB * MB;
  let total = usage.total;
  const deleted: string[] = [];
  for (const c of candidates) {
    if (c.last >= cutoff && total <= limit) break;
    await deleteSession(db, c.id);
    total -= usage.bySession.get(c.id) ?? 0;
    deleted.push(c.id);
  }
  if (seeds && deleted.length > 0) await seeds.remove(deleted.map((id) => `${SEED_PREFIX}${id}`));
  return deleted;
}

/** Clears every table and every session's seeds. Returns the ids of the sessions there were. */
export async function purgeAll(db: LeakscopeDB, areas: { session: SeedAreaLike }): Promise<string[]> {
  const ids = await db.sessions.toCollection().primaryKeys();
  await db.transaction('rw', db.tables, async () => {
    for (const table of db.tables) await table.clear();
  });
  const keys = Object.keys(await areas.session.get(null)).filter((k) => k.startsWith(SEED_PREFIX));
  if (keys.length > 0) await areas.session.remove(keys);
  return ids;
}
