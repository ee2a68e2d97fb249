import type { HookBody } from '../hook-event';
import type { Builtins } from './builtins';
import { invoke } from './call';

// Binary bodies travel as base64 of at most `cap` bytes; the background decides whether they are text.

type BinaryKind = 'blob' | 'arraybuffer' | 'typedarray' | 'stream' | 'request';

const CHUNK = 0x2000; // keeps fromCharCode's argument list small

export function base64Of(B: Builtins, buffer: ArrayBufferLike, offset: number, length: number): string {
  // Native Uint8Array.prototype.toBase64 (Chrome 140+, Firefox 133+) is several times faster.
  if (B.toBase64) return invoke(B, B.toBase64, new B.Uint8Array(buffer, offset, length));
  let binary = '';
  for (let i = 0; i < length; i += CHUNK) {
    const part = new B.Uint8Array(buffer, offset + i, length - i < CHUNK ? length - i : CHUNK);
    binary += B.apply(B.fromCharCode, null, part as unknown as number[]);
  }
  return invoke(B, B.btoa, B.win, [binary]);
}

export const truncatedReason = (cap: number) => `truncated at ${cap} bytes`;

/** Body record for `total` bytes of which the first bytes sit at buffer[offset…]. */
export function binaryBody(
  B: Builtins,
  kind: BinaryKind,
  buffer: ArrayBufferLike,
  offset: number,
  total: number,
  cap: number,
  extra: Partial<HookBody> = {},
): HookBody {
  const kept = total < cap ? total : cap;
  const body: HookBody = { kind, status: 'ok', size: total, capturedBytes: kept, ...extra };
  if (total === 0) return { ...body, status: 'empty' };
  body.base64 = base64Of(B, buffer, offset, kept);
  if (total > cap) {
    body.status = 'truncated';
    body.reason = truncatedReason(cap);
  }
  return body;
}

export const unreadable = (kind: HookBody['kind'], reason: string): HookBody => ({
  kind,
  status: 'unreadable',
  reason,
  size: null,
  capturedBytes: 0,
});
