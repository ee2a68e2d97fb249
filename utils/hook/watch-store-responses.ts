import type { HookStoreResponse } from '../hook-event';
import { STORE_RESPONSE_CAP } from '../hook-limits';
import type { Builtins } from './builtins';
import { FAIL, invoke, probe } from './call';
import { documentUrl, type HookContext } from './context';
import { listen } from './dom';
import { storeEndpoint, type StoreEndpoint } from './store-endpoint';
import { uuid } from './uuid';

// The page's own Store API / `?wc-ajax=` answers, read from a clone taken the moment the page's
// promise resolves (before any of the page's handlers run, so its body is still unread). Reading
// the clone and sending it wait for a later task; the page's response is never consumed or delayed.

const noop = () => undefined;

/** Our stream branch as text, or null when it is longer than `cap` bytes or unreadable. */
async function readCapped(B: Builtins, stream: unknown, cap: number): Promise<string | null> {
  if (!stream || !B.TextDecoder || !B.tdDecode) return null;
  const reader = invoke(B, B.rsGetReader, stream);
  const decoder = new B.TextDecoder();
  let text = '';
  let total = 0;
  for (;;) {
    const step = await invoke(B, B.readerRead, reader);
    if (step.done) return text + invoke(B, B.tdDecode, decoder);
    total += invoke(B, B.taLength, step.value);
    if (total > cap) {
      // Only our branch is cancelled; the page's branch reads on.
      probe(B, B.promiseThen, probe(B, B.readerCancel, reader), [undefined, noop]);
      return null;
    }
    text += invoke(B, B.tdDecode, decoder, [step.value, { stream: true }]);
  }
}

function emitLater(ctx: HookContext, url: string, endpoint: StoreEndpoint, status: number, read: () => string | null | Promise<string | null>): void {
  const { B } = ctx;
  const send = (text: string | null) => {
    if (typeof text !== 'string' || text.length === 0 || text.length > STORE_RESPONSE_CAP) return;
    const event: HookStoreResponse = {
      type: 'store-response', id: uuid(B), time: B.apply(B.dateNow, null, []), documentUrl: documentUrl(ctx), url, endpoint, status, text,
    };
    ctx.emit(event);
  };
  invoke(B, B.setTimeout, B.win, [() => {
    try {
      const text = read();
      if (typeof text === 'string' || text === null) send(text);
      else probe(B, B.promiseThen, text, [send, noop]);
    } catch {
      // Not readable: no seeds from this response.
    }
  }, 0]);
}

/** After the page's fetch: clone its response once it resolves. `result` is the page's own promise. */
export function watchFetchResponse(ctx: HookContext, url: string, result: unknown): void {
  const { B } = ctx;
  if (ctx.bodyCap() === null) return;
  const endpoint = storeEndpoint(B, url, ctx.origin, ctx.otherStoreHosts());
  if (!endpoint) return;
  // A rejection handler too, so this branch never reports an unhandled rejection of its own.
  probe(B, B.promiseThen, result, [(response: unknown) => {
    try {
      const status = invoke(B, B.resStatus, response);
      if (status < 200 || status >= 300) return;
      const copy = invoke(B, B.resClone, response);
      emitLater(ctx, url, endpoint, status, () => readCapped(B, invoke(B, B.resBody, copy), STORE_RESPONSE_CAP));
    } catch {
      // Already consumed or not a Response: nothing to read.
    }
  }, noop]);
}

/** Before the page's XHR send: read its text (or JSON) answer after load; other response types are left alone. */
export function watchXhrResponse(ctx: HookContext, xhr: unknown, url: string): void {
  const { B } = ctx;
  if (ctx.bodyCap() === null) return;
  const endpoint = storeEndpoint(B, url, ctx.origin, ctx.otherStoreHosts());
  if (!endpoint || !B.xhrResponseType) return;
  listen(B, xhr, 'load', () => {
    try {
      const status = invoke(B, B.xhrStatus, xhr);
      if (status < 200 || status >= 300) return;
      const type = invoke(B, B.xhrResponseType, xhr);
      if (type === '' || type === 'text') {
        const text = invoke(B, B.xhrResponseText, xhr);
        emitLater(ctx, url, endpoint, status, () => text);
      } else if (type === 'json') {
        const value = invoke(B, B.xhrResponse, xhr);
        emitLater(ctx, url, endpoint, status, () => {
          const text = probe(B, B.stringify, null, [value]);
          return text === FAIL ? null : text;
        });
      }
    } catch {
      // Never into the page's load handlers.
    }
  });
}
