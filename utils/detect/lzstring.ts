// lz-string decompression (compressToEncodedURIComponent and compressToBase64 output), with an output cap.

const BASE64_KEYS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=';
const URI_KEYS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+-$';

function reverse(keys: string): Int8Array {
  const t = new Int8Array(128).fill(-1);
  for (let i = 0; i < keys.length; i++) t[keys.charCodeAt(i)] = i;
  return t;
}
const BASE64_VALUE = reverse(BASE64_KEYS);
const URI_VALUE = reverse(URI_KEYS);

export type LzVariant = 'uri' | 'base64';

/** Thrown internally when the input is not lz-string output or the output passes the cap. */
class Stop extends Error {}
/** One instance, thrown again and again: most tokens tried are not lz-string, and a new Error would capture a stack each time. */
const STOP = new Stop();

/** Reads the token as a stream of bits, 6 per character, most significant first. */
function bitReader(token: string, table: Int8Array) {
  let index = 0;
  let value = 0;
  let mask = 0;
  return (count: number): number => {
    let out = 0;
    for (let p = 0; p < count; p++) {
      if (mask === 0) {
        if (index >= token.length) throw STOP;
        const c = token.charCodeAt(index++);
        value = c < 128 ? table[c]! : -1;
        if (value < 0 || value > 63) throw STOP;
        mask = 32;
      }
      if (value & mask) out |= 1 << p;
      mask >>= 1;
    }
    return out;
  };
}

/**
 * Decompresses an lz-string token. Returns null when it is not valid lz-string output; stops with
 * `capped: true` once the output would pass `cap` characters.
 */
export function lzDecompress(token: string, variant: LzVariant, cap: number): { text: string; capped: boolean } | null {
  const read = bitReader(variant === 'base64' ? token.replace(/=+$/, '') : token, variant === 'base64' ? BASE64_VALUE : URI_VALUE);
  const dict: string[] = ['', '', ''];
  const out: string[] = [];
  let size = 0;
  let bits = 3;
  let enlarge = 4;
  try {
    const first = read(2);
    if (first === 2) return { text: '', capped: false };
    let w = String.fromCharCode(read(first === 0 ? 8 : 16));
    dict.push(w);
    out.push(w);
    size = 1;
    for (;;) {
      let code = read(bits);
      if (code === 2) return { text: out.join(''), capped: false };
      if (code < 2) {
        dict.push(String.fromCharCode(read(code === 0 ? 8 : 16)));
        code = dict.length - 1;
        if (--enlarge === 0) enlarge = 1 << bits++;
      }
      const entry = code < dict.length ? dict[code]! : code === dict.length ? w + w[0] : null;
      if (entry === null || entry === '') return null;
      if (size + entry.length > cap) return { text: out.join(''), capped: true };
      out.push(entry);
      size += entry.length;
      dict.push(w + entry[0]);
      w = entry;
      if (--enlarge === 0) enlarge = 1 << bits++;
    }
  } catch (e) {
    if (e instanceof Stop) return null;
    throw e;
  }
}
