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
}

export type ContentMessage = HookEventsMessage | ScopeMessage | SeedsMessage | PageTypeMessage | InventoryMessage;
