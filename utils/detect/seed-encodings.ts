import { encodeBase64 } from './base64';
import { digest, HASHES } from './hashes';
import { bytesToHex } from '@noble/hashes/utils.js';
import { textToBytes } from './utf8';

// Hashed forms of a normalised value and their encodings (base64, base64url, percent), up to 2 layers.

export interface EncodedForm {
  text: string;
  /** Compare case-insensitively (hex digests). */
  ci: boolean;
  /** Chain elements outermost first, ending with the hash, e.g. ['base64', 'sha256']. */
  tail: string[];
}

const LAYERS = ['base64', 'base64url', 'percent'] as const;

function encodeText(layer: (typeof LAYERS)[number], s: string): string {
  if (layer === 'percent') return encodeURIComponent(s);
  return encodeBase64(textToBytes(s), layer === 'base64url');
}

/** Adds one more encoding layer on top of each form, skipping results already present. */
function wrap(forms: EncodedForm[], seen: Set<string>): EncodedForm[] {
  const out: EncodedForm[] = [];
  for (const f of forms) {
    for (const layer of LAYERS) {
      const text = encodeText(layer, f.text);
      if (seen.has(text) || seen.has(text.toLowerCase())) continue;
      seen.add(text);
      out.push({ text, ci: false, tail: [layer, ...f.tail] });
    }
  }
  return out;
}

/** md5/sha1/sha256/sha512 of `value` as hex and as raw-digest base64, each with up to 2 encoding layers. */
export function hashedForms(value: string): EncodedForm[] {
  const out: EncodedForm[] = [];
  for (const name of HASHES) {
    const raw = digest(name, value);
    const hex = bytesToHex(raw);
    const seen = new Set<string>([hex]);
    const hexForm: EncodedForm = { text: hex, ci: true, tail: [name] };
    const rawForms: EncodedForm[] = [false, true].map((url) => ({
      text: encodeBase64(raw, url),
      ci: false,
      tail: [url ? 'base64url' : 'base64', `${name}-raw`],
    }));
    for (const f of rawForms) seen.add(f.text);
    const layer1 = wrap([hexForm], seen);
    out.push(hexForm, ...layer1, ...wrap(layer1, seen), ...rawForms, ...wrap(rawForms, seen));
  }
  return out;
}
