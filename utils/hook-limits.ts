// Size caps shared by the page hook, the relay and the contract (utils/hook-event.ts). Kept apart so the
// hook, which starts in every frame, does not carry the contract's schema library.

/** Most characters of a Store API / `?wc-ajax=` response the hook copies; longer ones are skipped. */
export const STORE_RESPONSE_CAP = 512 * 1024;
/** Most characters of a JSON snapshot of page globals. */
export const SNAPSHOT_CAP = 64 * 1024;
/** Longest event id (and socket id) an event may carry. */
export const MAX_ID = 100;
/** Longest URL an event may carry. */
export const MAX_URL = 64 * 1024;
/** Longest body text or base64 an event may carry (generous: the hook already caps bodies). */
export const MAX_TEXT = 16 * 1024 * 1024;
/** Most parts of a form body. */
export const MAX_PARTS = 10_000;
