// Size caps shared by the page hook and the contract (utils/hook-event.ts). Kept apart so the
// hook, which starts in every frame, does not carry the contract's schema library.

/** Most characters of a Store API / `?wc-ajax=` response the hook copies; longer ones are skipped. */
export const STORE_RESPONSE_CAP = 512 * 1024;
/** Most characters of a JSON snapshot of page globals. */
export const SNAPSHOT_CAP = 64 * 1024;
