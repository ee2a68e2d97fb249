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
  let out = '';
  let i = 0;
  while (i < s.length) {
    const c = s[i]!;
    if (c === '%' && hexAt(s, i) >= 0) {
      const bytes: number[] = [];
      while (i < s.length && s[i] === '%' && hexAt(s, i) >= 0) {
        bytes.push(hexAt(s, i));
        i += 3;
      }
      const u8 = Uint8Array.from(bytes);
      out += bytesToText(u8) ?? bytesToLatin1(u8);
    } else {
      out += plus && c === '+' ? ' ' : c;
      i++;
    }
  }
  return out;
}
