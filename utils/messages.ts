import type { MarkerRow, SessionRow } from './db';
import type { HookEvent } from './hook-event';
import type { InventoryMessage } from './inventory-message';
import type { PageTypeMessage } from './page-type-message';
import type { SeedsMessage } from './seed-message';

// Messages from content scripts to the background, and the replies they get.

/** Relay → background: validated hook events. The reply comes once they are committed to the DB. */
export interface HookEventsMessage {
  type: 'hook-events';
  events: HookEvent[];
}
export interface HookEventsReply {
  ok: true;
  /** Events written (or already present: resends are idempotent). */
  accepted: number;
}

/** Relay → background at start: is this tab a monitored store? */
export interface ScopeMessage {
  type: 'scope';
}
export interface ScopeReply {
  monitored: boolean;
  bodyCap: number;
  /** settings.storeHosts (monitored tabs only): other hosts whose Store API answers are the store's own. */
  storeHosts: string[];
}

export type ContentMessage = HookEventsMessage | ScopeMessage | SeedsMessage | PageTypeMessage | InventoryMessage;

// Extension pages → background: session control and purge (state owned by the background only).

export interface SessionStartMessage {
  type: 'session-start';
  name: string;
  evidenceMode: boolean;
}
/** Stops the active QA session, if any. */
export interface SessionStopMessage {
  type: 'session-stop';
}
export interface SessionRenameMessage {
  type: 'session-rename';
  id: string;
  name: string;
}
/** A step marker on the given tab's current visit (and its session), or on the active session. */
export interface SessionMarkerMessage {
  type: 'session-marker';
  label: string;
  tabId?: number;
}
/** Deletes every stored record and the seeds in storage.session. */
export interface PurgeAllMessage {
  type: 'purge-all';
}
export type SessionControlMessage = SessionStartMessage | SessionStopMessage | SessionRenameMessage | SessionMarkerMessage | PurgeAllMessage;

/** `session`: the row started, stopped, renamed or marked (null when there was none). */
export type SessionReply =
  | { ok: true; session: SessionRow | null; marker?: MarkerRow }
  | { ok: false; error: string };
