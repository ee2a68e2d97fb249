import { captureBody, type Captured } from './capture-body';
import { invoke } from './call';
import { emitCaptured, initiatorOf, normalizeMethod, requestEvent, resolveUrl, type HookContext } from './context';
import type { HookRequestEvent } from '../hook-event';
import { patchMethod } from './patch';
import { watchXhrResponse } from './watch-store-responses';

// XMLHttpRequest: method + URL at open(), headers as set, body and the event at send().

interface XhrState {
  method: string;
  url: string;
  headers: [string, string][];
}

export function wrapXhr(ctx: HookContext): void {
  const { B } = ctx;
  const proto = ctx.win.XMLHttpRequest?.prototype;
  if (!proto) return;
  const states = new B.WeakMap<object, XhrState>();
  const stateOf = (xhr: unknown): XhrState | undefined => invoke(B, B.wmGet, states, [xhr]);
  const text = (value: unknown): string => (typeof value === 'string' ? value : B.String(value));

  patchMethod(B, proto, 'open', {
    apply(target, xhr, args: unknown[]) {
      const result = B.apply(target, xhr, args);
      try {
        const state = { method: normalizeMethod(B, args[0]), url: resolveUrl(ctx, args[1]), headers: [] };
        invoke(B, B.wmSet, states, [xhr, state]);
      } catch {
        // Unrecorded open: send() will pass through.
      }
      return result;
    },
  });

  patchMethod(B, proto, 'setRequestHeader', {
    apply(target, xhr, args: unknown[]) {
      const result = B.apply(target, xhr, args);
      try {
        const headers = stateOf(xhr)?.headers;
        if (headers && headers.length < 500) headers[headers.length] = [text(args[0]), text(args[1])];
      } catch {
        // Header not recorded.
      }
      return result;
    },
  });

  patchMethod(B, proto, 'send', {
    apply(target, xhr, args: unknown[]) {
      let event: HookRequestEvent | undefined;
      let captured: Captured | undefined;
      try {
        const state = stateOf(xhr);
        if (state) {
          event = requestEvent(ctx, 'xhr', state.url, state.method, initiatorOf(ctx));
          if (state.headers.length) event.headers = state.headers;
          const cap = ctx.bodyCap();
          // XHR ignores the body of GET and HEAD requests.
          const ignored = state.method === 'GET' || state.method === 'HEAD';
          if (cap !== null && !ignored) captured = captureBody(B, args[0], cap);
          try {
            watchXhrResponse(ctx, xhr, state.url);
          } catch {
            // The request is still recorded.
          }
        }
      } catch {
        event = undefined;
      }
      // Sync XHR blocks here as usual; an exception (e.g. InvalidStateError) reaches the page as is.
      const result = B.apply(target, xhr, args);
      if (event) emitCaptured(ctx, event, captured);
      return result;
    },
  });
}
