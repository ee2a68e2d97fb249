import { bytesToLatin1, bytesToText } from './utf8';

// Percent-decoding that never throws: invalid or partial escapes stay as they are.

function nibble(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 65 && c <= 70) return c - 55;
  if (c >= 97 && c <= 102) return c - 87;
  return -1;
}

/** The byte of the %XX escape at i, or -1. */
function hexAt(s: string, i: number): number {
  if (i + 2 >= s.length) return -1;
  const hi = nibble(s.charCodeAt(i + 1));
  const lo = nibble(s.charCodeAt(i + 2));
  return hi < 0 || lo < 0 ? -1 : hi * 16 + lo;
}

/** True when the text holds at least one valid %XX escape. */
export function hasPercentEscape(s: string): boolean {
  for (let i = s.indexOf('%'); i !== -1; i = s.indexOf('%', i + 1)) if (hexAt(s, i) >= 0) return true;
  return false;
}

/**
 * Decodes %XX escapes (UTF-8, or Latin-1 when the bytes are not UTF-8); `plus` also turns '+' into a space
 * (application/x-www-form-urlencoded).
 */
export function percentDecode(s: string, plus = false): string {
  if (s.indexOf('%') === -1) return plus && s.indexOf('+') !== -1 ? s.replace(/\+/g, ' ') : s;
  // Parts joined once: `+=` per character builds a rope (cons string) that the matcher then reads
  // slowly, and makes its hot loop polymorphic for every other text it scans.
  const parts: string[] = [];
  const plain = (a: number, b: number) => {
    if (a < b) parts.push(plus ? s.slice(a, b).replace(/\+/g, ' ') : s.slice(a, b));
  };
  let from = 0;
  let i = s.indexOf('%');
  while (i !== -1 && i < s.length) {
    if (hexAt(s, i) < 0) {
      i = s.indexOf('%', i + 1);
      continue;
    }
    plain(from, i);
    const bytes: number[] = [];
    let ascii = true;
    while (i < s.length && s.charCodeAt(i) === 37 && hexAt(s, i) >= 0) {
      const b = hexAt(s, i);
      bytes.push(b);
      if (b >= 0x80) ascii = false;
      i += 3;
    }
    // ASCII bytes read the same as UTF-8 and as Latin-1: no decoder needed for the common %20, %40, %2F.
    if (ascii && bytes.length <= 1024) parts.push(String.fromCharCode.apply(null, bytes));
    else {
      const u8 = Uint8Array.from(bytes);
      parts.push(bytesToText(u8) ?? bytesToLatin1(u8));
    }
    from = i;
    i = s.indexOf('%', i);
  }
  plain(from, s.length);
  return parts.join('');
}
