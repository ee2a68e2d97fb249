import type { HookBody } from '../hook-event';
import type { Builtins } from './builtins';
import { FAIL, bare, invoke, probe } from './call';
import { binaryBody, unreadable } from './bytes';
import { formParts } from './form-parts';
import { readStream } from './read-stream';
import { textBody } from './text-body';

// One request body → BodySchema shape. Sync for in-memory values; async (`later`) for Blob,
// streams and Request bodies. Never reads more than `cap` bytes and never throws.

export interface Captured {
  body?: HookBody;
  later?: Promise<HookBody>;
  /** Stream bodies: the tee branch to hand to the real fetch in place of the page's stream. */
  stream?: ReadableStream;
}

export const NO_BODY: HookBody = { kind: 'none', status: 'empty', size: 0, capturedBytes: 0 };
const URLENCODED = 'application/x-www-form-urlencoded;charset=UTF-8';

export interface CaptureOptions {
  /** Whether a ReadableStream may be teed (fetch with duplex: 'half'); otherwise it is left alone. */
  teeStreams?: boolean;
}

export function captureBody(B: Builtins, value: unknown, cap: number, options: CaptureOptions = {}): Captured {
  try {
    return classify(B, value, cap, options);
  } catch {
    return { body: unreadable('unknown', 'capture failed') };
  }
}

function classify(B: Builtins, value: unknown, cap: number, options: CaptureOptions): Captured {
  if (value === null || value === undefined) return { body: NO_BODY };
  if (typeof value === 'string') return { body: textBody(B, value, cap, 'text', 'text/plain;charset=UTF-8') };
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') {
    return { body: textBody(B, B.String(value), cap, 'text', 'text/plain;charset=UTF-8') };
  }
  if (typeof value !== 'object') return { body: unreadable('unknown', `unsupported body type: ${typeof value}`) };
  if (B.isView(value)) return { body: viewBody(B, value, cap) };
  const abLength = probe(B, B.abByteLength, value);
  const length = abLength !== FAIL ? abLength : probe(B, B.sabByteLength, value);
  if (length !== FAIL) return { body: binaryBody(B, 'arraybuffer', value as ArrayBuffer, 0, length, cap) };
  const blobSize = probe(B, B.blobSize, value);
  if (blobSize !== FAIL) return { later: readBlob(B, value, blobSize, cap) };
  if (probe(B, B.fdHas, value, ['']) !== FAIL) return { body: formParts(B, value, cap) };
  const params = probe(B, B.uspToString, value);
  if (params !== FAIL) return { body: textBody(B, params, cap, 'urlencoded', URLENCODED) };
  const locked = probe(B, B.rsLocked, value);
  if (locked !== FAIL) return streamBody(B, value as ReadableStream, locked, cap, options);
  return { body: unreadable('unknown', 'unsupported body type: object') };
}

function viewBody(B: Builtins, view: ArrayBufferView, cap: number): HookBody {
  const typed = probe(B, B.taBuffer, view) !== FAIL;
  const buffer = invoke(B, typed ? B.taBuffer : B.dvBuffer, view);
  const offset = invoke(B, typed ? B.taOffset : B.dvOffset, view);
  const length = invoke(B, typed ? B.taLength : B.dvLength, view);
  return binaryBody(B, 'typedarray', buffer, offset, length, cap);
}

async function readBlob(B: Builtins, blob: unknown, size: number, cap: number): Promise<HookBody> {
  const type: string = probe(B, B.blobType, blob);
  const extra = typeof type === 'string' && type ? { contentType: type } : {};
  try {
    const buffer = await invoke(B, B.blobArrayBuffer, invoke(B, B.blobSlice, blob, [0, cap]));
    const kept: number = invoke(B, B.abByteLength, buffer);
    return { ...binaryBody(B, 'blob', buffer, 0, kept, cap, extra), size, ...(size > cap ? truncation(cap) : {}) };
  } catch {
    return { ...unreadable('blob', 'blob not readable'), size, ...extra };
  }
}

const truncation = (cap: number) => ({ status: 'truncated' as const, reason: `truncated at ${cap} bytes` });

function streamBody(B: Builtins, stream: ReadableStream, locked: boolean, cap: number, options: CaptureOptions): Captured {
  if (locked) return { body: unreadable('stream', 'stream not readable: locked') };
  // Response's constructor throws exactly when the stream is disturbed, without locking it.
  try {
    if (B.Response) new B.Response(stream);
  } catch {
    return { body: unreadable('stream', 'stream not readable: disturbed') };
  }
  if (!options.teeStreams) return { body: unreadable('stream', 'stream not captured: no duplex "half"') };
  const branches = invoke(B, B.rsTee, stream);
  return { stream: branches[0], later: readStream(B, branches[1], cap, 'stream') };
}

/** A Request's own body: read from a clone taken before the real fetch consumes the original. */
export function requestBody(B: Builtins, request: unknown, method: string, cap: number): Captured {
  if (method === 'GET' || method === 'HEAD') return { body: NO_BODY };
  try {
    const clone = invoke(B, B.reqClone, request);
    const stream = invoke(B, B.reqBody, clone);
    if (stream === null || stream === undefined) return { body: NO_BODY };
    const type = invoke(B, B.headersGet, invoke(B, B.reqHeaders, clone), ['content-type']);
    return { later: readStream(B, stream, cap, 'request', typeof type === 'string' ? type : undefined) };
  } catch {
    return { body: unreadable('request', 'request body not readable: already used') };
  }
}

/** fetch() init with `body` swapped for our tee branch; every other member reads through unchanged. */
export function withBody(B: Builtins, init: object, body: unknown): object {
  return new B.Proxy(init, bare(B, {
    get: (target: object, key: PropertyKey, receiver: unknown) => (key === 'body' ? body : B.get(target, key, receiver)),
  }));
}
