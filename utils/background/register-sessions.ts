import type { browser as Browser } from 'wxt/browser';
import type { LeakscopeDB } from '../db';
import type { SessionControlMessage, SessionReply } from '../messages';
import { purgeAll, type SeedAreaLike } from '../retention';
import { activeSession, addMarker, currentSessionId, renameSession, startSession, stopSession } from '../sessions';
import { currentVisit } from '../tab-history';

// Session control and purge, from extension pages only: the background owns session state, so a
// popup, side panel and dashboard open at once never disagree about which session is active.

interface Sender {
  url?: string;
  tab?: { id?: number };
}

const TYPES = new Set(['session-start', 'session-stop', 'session-rename', 'session-marker', 'purge-all']);

export function registerSessions(
  browser: typeof Browser, db: LeakscopeDB, onSessionEnded: (sessionId: string) => Promise<void>, now: () => number = Date.now,
  /** After a purge, once every table is empty (the toolbar badges still show the old counts). */
  onPurged: () => Promise<void> = async () => {},
): void {
  const ourPages = browser.runtime.getURL('/');
  browser.runtime.onMessage.addListener((message: unknown, sender: Sender) => {
    const msg = message as SessionControlMessage;
    if (!msg || typeof msg !== 'object' || !TYPES.has(msg.type)) return undefined;
    // Content scripts run in store pages: they must not start, end or purge anything.
    if (!sender.url?.startsWith(ourPages)) return Promise.resolve<SessionReply>({ ok: false, error: 'Only extension pages control sessions.' });
    return handle({ db, seeds: browser.storage.session as unknown as SeedAreaLike, onSessionEnded, onPurged, now }, msg).catch((e: unknown): SessionReply => ({ ok: false, error: e instanceof Error ? e.message : String(e) }));
  });
}

const text = (v: unknown) => (typeof v === 'string' ? v : '');

interface Deps {
  db: LeakscopeDB;
  seeds: SeedAreaLike;
  onSessionEnded(sessionId: string): Promise<void>;
  onPurged(): Promise<void>;
  now(): number;
}

async function handle({ db, seeds, onSessionEnded, onPurged, now }: Deps, msg: SessionControlMessage): Promise<SessionReply> {
  // Detector clean-up after a session ends is best effort: the session state is already stored.
  const ended = (id: string) => onSessionEnded(id).catch(() => {});
  switch (msg.type) {
    case 'session-start': {
      const previous = await activeSession(db);
      const session = await startSession(db, { name: text(msg.name), evidenceMode: msg.evidenceMode === true, now: now() });
      if (previous) await ended(previous.id);
      return { ok: true, session };
    }
    case 'session-stop': {
      const running = await activeSession(db);
      if (!running) return { ok: true, session: null };
      const session = await stopSession(db, running.id, now());
      await ended(running.id);
      return { ok: true, session: session ?? null };
    }
    case 'session-rename': {
      const session = await renameSession(db, text(msg.id), text(msg.name));
      return session ? { ok: true, session } : { ok: false, error: `No session with id ${text(msg.id)}.` };
    }
    case 'session-marker': {
      const time = now();
      const visitId = typeof msg.tabId === 'number' ? currentVisit(await db.tabs.get(msg.tabId)) : null;
      const visit = visitId ? await db.visits.get(visitId) : undefined;
      const sessionId = visit?.sessionId ?? (await currentSessionId(db, time));
      const marker = await addMarker(db, { sessionId, label: text(msg.label), time, ...(visit ? { visitId: visit.id } : {}) });
      return { ok: true, session: (await db.sessions.get(sessionId)) ?? null, marker };
    }
    case 'purge-all': {
      const ids = await purgeAll(db, { session: seeds });
      for (const id of ids) await ended(id);
      await onPurged().catch(() => {});
      return { ok: true, session: null };
    }
  }
}
