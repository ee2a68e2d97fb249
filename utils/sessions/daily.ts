import type { LeakscopeDB } from '../db';

// Every visit belongs to a session; without a QA session, to the implicit one of its calendar day.

function localDay(time: number): string {
  const d = new Date(time);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

export function dailySessionId(time: number): string {
  return `browse-${localDay(time)}`;
}

/** Returns the implicit session id for the time, creating its row on first use. */
export async function ensureDailySession(db: LeakscopeDB, time: number): Promise<string> {
  const id = dailySessionId(time);
  if (!(await db.sessions.get(id)))
    await db.sessions.add({ id, name: `Browsing ${localDay(time)}`, startedAt: time, implicit: true });
  return id;
}
