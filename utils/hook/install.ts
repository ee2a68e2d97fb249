import { captureBuiltins, type HookWindow } from './builtins';
import { openChannel } from './channel';
import type { HookContext } from './context';
import { wrapBeacon } from './wrap-beacon';
import { wrapEventSource } from './wrap-eventsource';
import { wrapFetch } from './wrap-fetch';
import { wrapWebSocket } from './wrap-websocket';
import { wrapXhr } from './wrap-xhr';
import { watchForms } from './watch-forms';
import { watchSrc } from './watch-src';
import { watchPage, type PageWatch } from './watch-page';

// Entry of the MAIN-world hook: capture built-ins first, then wrap each API independently.

export interface HookSink {
  emit(event: object): void;
  /** Body cap while capture is on, null while the tab is not monitored. */
  bodyCap(): number | null;
  /** Whether Store API answers from other origins may be the store's (the relay decides which). */
  otherStoreHosts?(): boolean;
}

const STEPS = [wrapFetch, wrapXhr, wrapBeacon, wrapWebSocket, wrapEventSource, watchForms, watchSrc];

/** Installs the hook in `win`. Without `sink`, events go to the relay over the page channel. */
export function installHook(win: HookWindow, sink?: HookSink): HookContext | undefined {
  try {
    const B = captureBuiltins(win);
    let out = sink;
    if (!out) {
      const channel = openChannel(B, win.document);
      out = {
        emit: channel.emit,
        bodyCap: () => (channel.config().capture ? channel.config().bodyCap : null),
        otherStoreHosts: () => channel.config().otherStoreHosts === true,
      };
    }
    const raw = out.emit;
    let page: PageWatch | undefined;
    const ctx: HookContext = {
      B,
      win,
      origin: originOf(win),
      emit: (event) => {
        // Not a monitored page (the relay said so): nothing to send, and nothing was captured.
        if (out.bodyCap() === null) return;
        raw(event);
        page?.touch();
      },
      bodyCap: out.bodyCap,
      otherStoreHosts: out.otherStoreHosts ?? (() => false),
    };
    for (let i = 0; i < STEPS.length; i++) {
      try {
        STEPS[i]!(ctx);
      } catch {
        // One API failing to wrap leaves the others working.
      }
    }
    try {
      page = watchPage(ctx, raw);
    } catch {
      // No page globals, the requests are still recorded.
    }
    return ctx;
  } catch {
    return undefined;
  }
}

function originOf(win: HookWindow): string {
  if (typeof win.origin === 'string') return win.origin;
  try {
    return new URL(win.location.href).origin;
  } catch {
    return 'null';
  }
}
