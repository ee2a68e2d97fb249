import type { HookRequestEvent } from '../hook-event';
import { FAIL, probe } from './call';
import { captureBody, requestBody, withBody, type Captured } from './capture-body';
import { emitCaptured, initiatorOf, normalizeMethod, parseUrl, requestEvent, type HookContext } from './context';
import { headerPairs } from './headers';
import { patchMethod } from './patch';
import { watchFetchResponse } from './watch-store-responses';

// window.fetch: record URL, method, headers and body, then return the original's very promise.

interface Prepared {
  event: HookRequestEvent;
  captured?: Captured;
  args?: unknown[];
}

function prepare(ctx: HookContext, args: unknown[]): Prepared {
  const { B } = ctx;
  if (args.length === 0) throw FAIL; // fetch() rejects without a request being made
  const input = args[0];
  const init = args[1] !== null && typeof args[1] === 'object' ? (args[1] as Record<string, unknown>) : undefined;
  const requestUrl = probe(B, B.reqUrl, input);
  const request = requestUrl === FAIL ? undefined : input;
  const url = request ? (requestUrl as string) : parseUrl(ctx, input);
  if (url === null) throw FAIL; // fetch rejects an invalid URL without making a request
  const rawMethod = init?.method !== undefined ? init.method : request ? probe(B, B.reqMethod, request) : 'GET';
  const method = normalizeMethod(B, rawMethod === FAIL ? 'GET' : rawMethod);
  const body = init?.body;
  // fetch rejects a GET/HEAD with a body: no request is made.
  if ((method === 'GET' || method === 'HEAD') && body !== undefined && body !== null) throw FAIL;
  const event = requestEvent(ctx, 'fetch', url, method, initiatorOf(ctx));
  const headers = init?.headers !== undefined ? headerPairs(B, init.headers) : request ? headerPairs(B, probe(B, B.reqHeaders, request)) : undefined;
  if (headers) event.headers = headers;
  const cap = ctx.bodyCap();
  if (cap === null) return { event };
  if (body === undefined || body === null) {
    return { event, captured: request ? requestBody(B, request, method, cap) : undefined };
  }
  const captured = captureBody(B, body, cap, { teeStreams: init?.duplex === 'half' });
  // The page's stream is now teed: the real fetch gets one branch, we read the other.
  return { event, captured, args: captured.stream ? [input, withBody(B, init!, captured.stream)] : undefined };
}

export function wrapFetch(ctx: HookContext): void {
  const { B } = ctx;
  patchMethod(B, ctx.win, 'fetch', {
    apply(target, self, args: unknown[]) {
      let prepared: Prepared | undefined;
      try {
        prepared = prepare(ctx, args);
      } catch {
        // Capture failed: the call below runs exactly as without the hook.
      }
      const result = B.apply(target, self, prepared?.args ?? args);
      if (prepared) {
        emitCaptured(ctx, prepared.event, prepared.captured);
        try {
          watchFetchResponse(ctx, prepared.event.url, result);
        } catch {
          // The page's promise is returned untouched either way.
        }
      }
      return result;
    },
  });
}
