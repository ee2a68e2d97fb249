// Bytes to text, only when they are valid UTF-8 that reads as text.

const decoder = new TextDecoder('utf-8');

/**
 * Length of the longest valid UTF-8 prefix that ends on a character boundary (bytes.length when all of
 * it is valid). Checked by hand: a fatal TextDecoder throws, and exceptions are slow on binary data.
 */
export function validUtf8Prefix(b: Uint8Array): number {
  const n = b.length;
  let i = 0;
  while (i < n) {
    const c = b[i]!;
    if (c < 0x80) {
      i++;
      continue;
    }
    const len = c >= 0xc2 && c <= 0xdf ? 2 : c >= 0xe0 && c <= 0xef ? 3 : c >= 0xf0 && c <= 0xf4 ? 4 : 0;
    if (len === 0 || i + len > n) return i;
    const c1 = b[i + 1]!;
    if ((c === 0xe0 && c1 < 0xa0) || (c === 0xed && c1 > 0x9f) || (c === 0xf0 && c1 < 0x90) || (c === 0xf4 && c1 > 0x8f)) return i;
    for (let k = 1; k < len; k++) if ((b[i + k]! & 0xc0) !== 0x80) return i;
    i += len;
  }
  return n;
}

/** True when at most 5% of the units are control characters (tab, CR, LF excepted) and none is NUL. */
export function looksPrintable(s: string): boolean {
  let bad = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0 || c === 0xfffd) return false;
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13) || (c >= 0x7f && c < 0xa0)) bad++;
  }
  return bad * 20 <= s.length;
}

/**
 * The text the bytes encode, or null when they are not valid, printable UTF-8. `cut`: the bytes were
 * cut off, so a character split at the end is not an error.
 */
export function bytesToText(bytes: Uint8Array, cut = false): string | null {
  const valid = validUtf8Prefix(bytes);
  if (valid < bytes.length && !(cut && bytes.length - valid < 4)) return null;
  const text = decoder.decode(valid < bytes.length ? bytes.subarray(0, valid) : bytes);
  return looksPrintable(text) ? text : null;
}

/** UTF-8 with invalid bytes replaced, to find text inside binary formats (protobuf, msgpack). */
export function bytesToLenientText(bytes: Uint8Array): string {
  return decoder.decode(bytes);
}

/** Latin-1 view of bytes (one unit per byte). */
export function bytesToLatin1(bytes: Uint8Array): string {
  const parts: string[] = [];
  for (let i = 0; i < bytes.length; i += 0x4000) parts.push(String.fromCharCode(...bytes.subarray(i, i + 0x4000)));
  return parts.join('');
}

const encoder = new TextEncoder();

export function textToBytes(s: string): Uint8Array {
  return encoder.encode(s);
}
