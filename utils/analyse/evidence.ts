import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import { redact, type ScanMatch } from '@/utils/detect';
import type { Evidence } from '@/utils/finding';

/**
 * Redacted evidence of a match, and URLs with matched values masked.
 *
 * Why: findings are stored and exported, raw values are not (issue 3 §6, §10). Evidence keeps
 * where and how a value travelled (category, chain, path), a masked preview for people and a
 * hash salted per installation so two findings can be compared without the value; the raw value
 * only in evidence mode.
 */

/** Evidence kept per finding from one request; further matches add nothing a reader needs. */
export const MAX_EVIDENCE = 20;

/** sha256(salt + value), hex, first 16 characters. */
export function saltedHash(salt: string, value: string): string {
  return bytesToHex(sha256(utf8ToBytes(salt + value))).slice(0, 16);
}

export function toEvidence(match: ScanMatch, salt: string, evidenceMode: boolean): Evidence {
  const e: Evidence = { category: match.category, chain: [...match.chain], preview: redact(match.value, match.category), hash: saltedHash(salt, match.value) };
  if (match.path !== undefined) e.path = match.path;
  if (evidenceMode) e.raw = match.value;
  return e;
}

/** Evidence of a group of matches, one per distinct (chain, path, value), at most MAX_EVIDENCE. */
export function evidenceOf(matches: readonly ScanMatch[], salt: string, evidenceMode: boolean): Evidence[] {
  const seen = new Set<string>();
  const out: Evidence[] = [];
  for (const m of matches) {
    if (out.length >= MAX_EVIDENCE) break;
    const e = toEvidence(m, salt, evidenceMode);
    const id = `${e.chain.join('›')}|${e.path ?? ''}|${e.hash}`;
    if (!seen.has(id)) seen.add(id), out.push(e);
  }
  return out;
}

export { maskUrl } from './mask-url';
