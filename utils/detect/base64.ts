// Base64 and base64url: encoding for seed candidates, tolerant decoding of tokens found in text.

const STD = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const URL_SAFE = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/** 6-bit value of each character of either alphabet, -1 otherwise. */
const VALUE = new Int8Array(128).fill(-1);
for (let i = 0; i < 64; i++) {
  VALUE[STD.charCodeAt(i)] = i;
  VALUE[URL_SAFE.charCodeAt(i)] = i;
}

export function encodeBase64(bytes: Uint8Array, urlSafe = false): string {
  const abc = urlSafe ? URL_SAFE : STD;
  let out = '';
  let i = 0;
  for (; i + 2 < bytes.length; i += 3) {
    const n = (bytes[i]! << 16) | (bytes[i + 1]! << 8) | bytes[i + 2]!;
    out += abc[n >> 18]! + abc[(n >> 12) & 63]! + abc[(n >> 6) & 63]! + abc[n & 63]!;
  }
  const rest = bytes.length - i;
  if (rest > 0) {
    const n = (bytes[i]! << 16) | (rest === 2 ? bytes[i + 1]! << 8 : 0);
    out += abc[n >> 18]! + abc[(n >> 12) & 63]!;
    out += rest === 2 ? abc[(n >> 6) & 63]! : '';
    if (!urlSafe) out += rest === 2 ? '=' : '==';
  }
  return out;
}

/** Decodes standard or URL-safe base64, padded or not; null when the text is not base64. */
export function decodeBase64(text: string): Uint8Array | null {
  let end = text.length;
  while (end > 0 && text.charCodeAt(end - 1) === 61) end--;
  if (text.length - end > 2 || end % 4 === 1) return null;
  const out = new Uint8Array(Math.floor((end * 3) / 4));
  let acc = 0;
  let bits = 0;
  let o = 0;
  for (let i = 0; i < end; i++) {
    const c = text.charCodeAt(i);
    const v = c < 128 ? VALUE[c]! : -1;
    if (v < 0) return null;
    acc = ((acc << 6) | v) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[o++] = (acc >> bits) & 0xff;
    }
  }
  return out;
}

/** 'base64url' when the token uses the URL-safe alphabet, else 'base64'. */
export function base64Name(token: string): 'base64' | 'base64url' {
  return /[-_]/.test(token) ? 'base64url' : 'base64';
}
