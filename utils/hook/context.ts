import type { HookBody, HookInitiator, HookRequestEvent, Transport } from '../hook-event';
import type { Builtins, HookWindow } from './builtins';
import { invoke, probe } from './call';
import type { Captured } from './capture-body';
import { captureStack, parseInitiator } from './stack';
import { uuid } from './uuid';

// What every wrapper needs: captured built-ins, the document, the sink, and event builders.

const MAX_URL = 64 * 1024;

export interface HookContext {
  B: Builtins;
  win: HookWindow;
  /** The document's origin at injection (about:blank frames inherit their creator's). */
  origin: string;
  emit(event: object): void;
  /** Body cap while capture is on; null when the relay said the tab is not monitored. */
  bodyCap(): number | null;
  /** The store has other hosts (or the relay does not know yet): see `storeEndpoint`. */
  otherStoreHosts(): boolean;
}

export function documentUrl(ctx: HookContext): string {
  try {
    const href: unknown = ctx.win.location?.href;
    return typeof href === 'string' ? clip(ctx, href) : '';
  } catch {
    return '';
  }
}

const clip = (ctx: HookContext, url: string): string =>
  url.length > MAX_URL ? invoke(ctx.B, ctx.B.strSlice, url, [0, MAX_URL]) : url;

/** Absolute URL as the browser will request it, resolved against the document's base URL; null if invalid. */
export function parseUrl(ctx: HookContext, input: unknown): string | null {
  const { B } = ctx;
  const base = probe(B, B.baseURI, ctx.win.document);
  try {
    const url = new B.URL!(input as string, typeof base === 'string' ? base : documentUrl(ctx));
    return clip(ctx, invoke(B, B.urlHref, url));
  } catch {
    return null;
  }
}

/** Like parseUrl, falling back to the text as given. */
export function resolveUrl(ctx: HookContext, input: unknown): string {
  return parseUrl(ctx, input) ?? clip(ctx, typeof input === 'string' ? input : '');
}

/** True for http(s) URLs of another origin than the document's. */
export function isCrossOriginHttp(ctx: HookContext, url: string): boolean {
  try {
    const parsed = new ctx.B.URL!(url);
    const protocol = invoke(ctx.B, ctx.B.urlProtocol, parsed);
    if (protocol !== 'http:' && protocol !== 'https:') return false;
    return invoke(ctx.B, ctx.B.urlOrigin, parsed) !== ctx.origin;
  } catch {
    return false;
  }
}

export function initiatorOf(ctx: HookContext, fallback: 'document' | 'none' = 'none'): HookInitiator {
  // A stack trace is the costliest part of a capture: none on a page that is not monitored.
  if (ctx.bodyCap() === null) return { method: 'none' };
  try {
    return parseInitiator(captureStack(ctx.B), documentUrl(ctx), fallback);
  } catch {
    return { method: 'none' };
  }
}

export function normalizeMethod(B: Builtins, method: unknown): string {
  const text: string = typeof method === 'string' ? method : B.String(method);
  const upper: string = invoke(B, B.strUpper, text);
  const known = upper === 'GET' || upper === 'POST' || upper === 'PUT' || upper === 'DELETE' || upper === 'HEAD' || upper === 'OPTIONS';
  return invoke(B, B.strSlice, known ? upper : text, [0, 20]);
}

export function requestEvent(
  ctx: HookContext,
  transport: Transport,
  url: string,
  method: string,
  initiator: HookInitiator,
): HookRequestEvent {
  return {
    type: 'request',
    id: uuid(ctx.B),
    time: ctx.B.apply(ctx.B.dateNow, null, []),
    documentUrl: documentUrl(ctx),
    initiator,
    transport,
    url: clip(ctx, url),
    method,
  };
}

/** Emits now, or once the async body read finishes; a failed read still emits the event. */
export function emitCaptured(ctx: HookContext, event: { body?: HookBody }, captured: Captured | undefined): void {
  if (captured?.body) event.body = captured.body;
  if (!captured?.later) return ctx.emit(event);
  const done = (body: HookBody) => {
    event.body = body;
    ctx.emit(event);
  };
  const failed = () => done({ kind: 'unknown', status: 'unreadable', reason: 'capture failed', size: null, capturedBytes: 0 });
  probe(ctx.B, ctx.B.promiseThen, captured.later, [done, failed]);
}
