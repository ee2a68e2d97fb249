import type { HookBody } from '../hook-event';
import type { Builtins } from './builtins';
import { invoke } from './call';
import { truncatedReason } from './bytes';

// Strings are measured by encoding at most `cap` bytes (TextEncoder.encodeInto into a cap-sized
// buffer) of a prefix, so a 64 MB string is never copied whole.

export function textBody(
  B: Builtins,
  text: string,
  cap: number,
  kind: 'text' | 'urlencoded' = 'text',
  contentType?: string,
): HookBody {
  const extra = contentType === undefined ? {} : { contentType };
  const length = text.length;
  if (length === 0) return { kind, status: 'empty', text: '', size: 0, capturedBytes: 0, ...extra };
  // Each UTF-16 unit needs at most 3 UTF-8 bytes, so short strings get a small buffer.
  const room = length * 3 < cap ? length * 3 : cap;
  // The browser converts encodeInto's whole argument first, so pass only a prefix of `cap` units
  // (each unit is at least one byte), never ending on half of a surrogate pair.
  let head: string = length > cap ? invoke(B, B.strSlice, text, [0, cap]) : text;
  const last: number = head !== text && cap > 0 ? invoke(B, B.strCharCodeAt, head, [cap - 1]) : 0;
  if (last >= 0xd800 && last <= 0xdbff) head = invoke(B, B.strSlice, head, [0, cap - 1]);
  const result = invoke(B, B.encodeInto, B.encoder, [head, new B.Uint8Array(room)]);
  const read: number = result.read;
  const written: number = result.written;
  if (read >= length) return { kind, status: 'ok', text, size: written, capturedBytes: written, ...extra };
  return {
    kind,
    status: 'truncated',
    reason: truncatedReason(cap),
    text: read === head.length ? head : invoke(B, B.strSlice, head, [0, read]),
    // Every remaining UTF-16 unit is at least one UTF-8 byte.
    size: written + (length - read),
    sizeIsLowerBound: true,
    capturedBytes: written,
    ...extra,
  };
}
