// Names shared by the MAIN-world hook and the isolated relay. Only the handshake names are fixed;
// everything after it travels on a per-page channel whose name the page never learns.

/** Dispatched by the relay when it starts listening; the hook answers with HELLO. */
export const READY_EVENT = 'leakscope:ready';
/** Dispatched by the hook with `detail` = the channel name (a random UUID). */
export const HELLO_EVENT = 'leakscope:hello';

// Hook → relay on `channel`: detail is JSON of { events: HookEvent[] }.

/** Relay → hook on `${channel}:config`: detail is JSON of HookConfig. */
export interface HookConfig {
  /** False when the tab is not a monitored store: the hook then stops copying bodies. */
  capture: boolean;
  bodyCap: number;
  /**
   * The store has hosts besides the document's origin (settings.storeHosts), or the relay does not
   * know yet: copy Store API answers from any origin; the relay keeps only the store's own.
   */
  otherStoreHosts?: boolean;
}

export const configEventName = (channel: string) => `${channel}:config`;
