import { md5, sha1 } from '@noble/hashes/legacy.js';
import { sha256, sha512 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';

// The hashes of the Leaky Forms "likely" set that Leakscope precomputes for emails and phone numbers.

export const HASHES = ['md5', 'sha1', 'sha256', 'sha512'] as const;
export type HashName = (typeof HASHES)[number];

const FN: Record<HashName, (b: Uint8Array) => Uint8Array> = { md5, sha1, sha256, sha512 };

export function digest(name: HashName, text: string): Uint8Array {
  return FN[name](utf8ToBytes(text));
}

export function hexDigest(name: HashName, text: string): string {
  return bytesToHex(digest(name, text));
}
