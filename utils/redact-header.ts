import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';

// Credentials in request headers are shown and exported only as a fingerprint: enough to tell
// two keys apart and to see what kind of key it is, never enough to use it.

const SECRET_NAME = /auth|key|token|secret|cookie|session|password|passwd|credential|signature/i;
/** Known key prefixes are kept: they say whose key it is (sk-ant- is Anthropic's, AIza Google's). */
const KEY_PREFIX = /^(?:(?:Bearer|Basic|Token)\s+)?(?:sk-(?:proj-|ant-(?:api\d+-)?|or-v1-)?|AIza|gsk_|hf_|r8_|xai-|ck_|cs_|pk_|rk_)?/i;

export function isSecretHeader(name: string): boolean {
  return SECRET_NAME.test(name);
}

/** `Bearer sk-proj-… (164 chars) sha256:1a2b3c4d`; the salt keeps fingerprints per installation. */
export function fingerprint(value: string, salt = ''): string {
  const prefix = value.match(KEY_PREFIX)?.[0] ?? '';
  const hash = bytesToHex(sha256(utf8ToBytes(salt + value))).slice(0, 8);
  return `${prefix}… (${value.length} chars) sha256:${hash}`;
}

/** A header as it may be shown: secrets fingerprinted, everything else unchanged. */
export function redactHeader([name, value]: [string, string], salt = ''): [string, string] {
  return [name, isSecretHeader(name) && value ? fingerprint(value, salt) : value];
}
