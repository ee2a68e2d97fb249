import type { Builtins } from './builtins';
import { invoke } from './call';

// randomUUID exists only in secure contexts; plain-http stores need the getRandomValues fallback.

const HEX = '0123456789abcdef';

export function uuid(B: Builtins): string {
  if (B.randomUUID) return invoke(B, B.randomUUID, B.crypto);
  const b = new B.Uint8Array(16);
  invoke(B, B.getRandomValues, B.crypto, [b]);
  b[6] = (b[6]! & 0x0f) | 0x40;
  b[8] = (b[8]! & 0x3f) | 0x80;
  let s = '';
  for (let i = 0; i < 16; i++) {
    s += HEX[b[i]! >> 4]! + HEX[b[i]! & 15]!;
    if (i === 3 || i === 5 || i === 7 || i === 9) s += '-';
  }
  return s;
}
