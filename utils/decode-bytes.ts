import { bytesToBase64 } from './base64';
import type { BodyKind, BodyRecord } from './body';

// Turns captured bytes into a body record: text when they are UTF-8, otherwise a reason.

/** Control bytes other than tab, LF, CR, FF and ESC mark a body as binary rather than bad text. */
function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 4096);
  let control = 0;
  for (const b of sample) if (b === 0 || (b < 32 && b !== 9 && b !== 10 && b !== 12 && b !== 13 && b !== 27)) control++;
  return control > 0 && control >= sample.length / 100;
}

/**
 * @param bytes   the captured bytes (may already be cut at the capture cap)
 * @param total   the full size in bytes when known (null when not)
 * @param cap     how many bytes to keep
 */
export function decodeBytes(
  bytes: Uint8Array,
  total: number | null,
  cap: number,
  kind: BodyKind,
  contentType?: string,
): BodyRecord {
  const size = total ?? bytes.length;
  const kept = bytes.length > cap ? bytes.subarray(0, cap) : bytes;
  const truncated = size > kept.length;
  const base = { kind, size, capturedBytes: kept.length, ...(contentType ? { contentType } : {}) };
  if (size === 0) return { ...base, status: 'empty' };
  const cut = truncated ? `; truncated at ${kept.length} bytes` : '';
  if (looksBinary(kept)) return { ...base, status: 'binary', reason: `binary${cut}`, base64: bytesToBase64(kept) };
  try {
    // stream: a cut in the middle of a multi-byte character at the cap is not an error.
    const text = new TextDecoder('utf-8', { fatal: true }).decode(kept, { stream: truncated });
    if (truncated) return { ...base, status: 'truncated', reason: `truncated at ${kept.length} bytes`, text };
    return { ...base, status: 'ok', text };
  } catch {
    return { ...base, status: 'undecodable', reason: `undecodable: not valid UTF-8${cut}`, base64: bytesToBase64(kept) };
  }
}
