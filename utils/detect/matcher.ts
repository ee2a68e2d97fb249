import { foldTable, isWordUnit } from './fold';
import { SLOT_BITS, type Candidate, type SeedIndex } from './seed-index';

export const SLOT_SHIFT = 32 - SLOT_BITS;

// One pass over a text: a rolling key of the last four folded units is looked up in the seed index's
// slot table, and only slot hits are compared in full. 

export const F_PERCENT = 1;
export const F_AMP = 2;
export const F_BACKSLASH = 4;
export const F_BRACKET = 8;
export const F_AT = 16;
export const F_DIGITS = 32; // 7 digits close together: maybe a phone or card number
export const F_EQUALS = 64;
export const F_COLON = 128;
export const F_DASH = 256; // '-' or '_'
export const F_TOKEN = 1024; // maybe an encoded token (see ENCODED_PAIR)
export const F_MANY_DIGITS = 2048; // at least 10 digits: maybe an IBAN
export const F_KEYHINT = 4096; // an API key prefix: sk- xai- gsk_ hf_ r8_ ck_ cs_ AIza

/** Receives candidate hits; an object rather than a closure so one can be reused across texts. */
export interface HitSink {
  hit(cand: Candidate, start: number, end: number): void;
}

const EMAIL_LOCAL = /[A-Za-z0-9._%+\-]/;

/** A small letter followed by a capital. */
function camel(a: number, b: number): boolean {
  return a >= 97 && a <= 122 && b >= 65 && b <= 90;
}

function boundaryOk(s: string, start: number, end: number, c: Candidate): boolean {
  const before = start > 0 ? s.charCodeAt(start - 1) : -1;
  const after = end < s.length ? s.charCodeAt(end) : -1;
  switch (c.boundary) {
    case 'none':
      return true;
    case 'word':
      // camelCase joins count as a boundary: "idWC-CLA-1007", "nmClassic Boots" (GA4 item strings)
      return (before < 0 || !isWordUnit(before) || camel(before, s.charCodeAt(start))) && (after < 0 || !isWordUnit(after) || camel(s.charCodeAt(end - 1), after));
    case 'digit':
      return !(before >= 48 && before <= 57) && !(after >= 48 && after <= 57);
    case 'prefix':
      return before < 0 || !EMAIL_LOCAL.test(String.fromCharCode(before));
    case 'email':
      if (before >= 0 && EMAIL_LOCAL.test(String.fromCharCode(before))) return false;
      return after < 0 || !(isWordUnit(after) || after === 45 || (after === 46 && isWordUnit(s.charCodeAt(end + 1))));
  }
}

// One table for ASCII: the folded character (bits 0–7), its class (bits 8–11), the F_* flag it sets
// (bits 12–20) and its pair lanes (bits 21–26, below), so the scan loop does a single lookup per character.
export const C_DIGIT = 1;
const C_UPPER = 2;
const C_LOWER = 4;
const C_TOKEN = 8; // + / _ - $ : base64, base64url and lz-string symbols
const FLAG_SHIFT = 12;
/**
 * Pairs of neighbouring characters that encoded tokens are full of and prose is not: a capital right
 * after a small letter ("aB") or a digit touching a letter ("a1", "1a"). Each character carries three
 * "before" lanes (bits 21–23: small letter, letter, digit) and three "after" lanes (bits 24–26: capital,
 * digit, letter), so `(prev << 3) & cur` has an after-lane bit exactly when the two make such a pair:
 * one shift and one and per character instead of a class extraction and a table lookup.
 */
const BEFORE_LOWER = 1 << 21;
const BEFORE_LETTER = 1 << 22;
const BEFORE_DIGIT = 1 << 23;
const AFTER_UPPER = 1 << 24;
const AFTER_DIGIT = 1 << 25;
const AFTER_LETTER = 1 << 26;
export const PAIR_LANES = AFTER_UPPER | AFTER_DIGIT | AFTER_LETTER;
export const ASCII = new Int32Array(128);
for (let c = 0; c < 128; c++) {
  let cls = 0;
  let lanes = 0;
  if (c >= 48 && c <= 57) (cls = C_DIGIT), (lanes = BEFORE_DIGIT | AFTER_DIGIT);
  else if (c >= 65 && c <= 90) (cls = C_UPPER), (lanes = BEFORE_LETTER | AFTER_UPPER | AFTER_LETTER);
  else if (c >= 97 && c <= 122) (cls = C_LOWER), (lanes = BEFORE_LOWER | BEFORE_LETTER | AFTER_LETTER);
  else if ('+/_-$'.includes(String.fromCharCode(c))) cls = C_TOKEN;
  ASCII[c] = (c >= 65 && c <= 90 ? c | 32 : c) | (cls << 8) | lanes;
}
const setFlag = (chars: string, flag: number) => {
  for (const ch of chars) ASCII[ch.charCodeAt(0)]! |= flag << FLAG_SHIFT;
};
setFlag('%', F_PERCENT);
setFlag('&', F_AMP);
setFlag('\\', F_BACKSLASH);
setFlag('{[', F_BRACKET);
setFlag('@', F_AT);
setFlag('=', F_EQUALS);
setFlag(':', F_COLON);
setFlag('-_', F_DASH);
export const DASH_BIT = F_DASH << FLAG_SHIFT;

/** Bits of the loops' `bits` beyond the characters' own (which reach bit 26). */
export const ENCODED_PAIR = 1 << 28;
export const KEY_HINT_BIT = 1 << 29;

/** Last three folded units of the rolling key at a '-' or '_' that ends a key prefix (sk- ai- sk_ hf_ r8_ ck_ cs_). */
const KEY_TAILS = new Set(['sk-', 'ai-', 'sk_', 'hf_', 'r8_', 'ck_', 'cs_'].map((t) => (t.charCodeAt(0) << 16) | (t.charCodeAt(1) << 8) | t.charCodeAt(2)));

/** Called at each '-' or '_': whether the rolling key ends a key prefix. */
export function keyTail(key: number): number {
  return KEY_TAILS.has(key & 0xffffff) ? KEY_HINT_BIT : 0;
}

/** Compares one candidate at `start`. */
function tryCandidate(cand: Candidate, fold: Uint16Array, s: string, start: number, from: number, to: number, hit: HitSink): void {
  const t = cand.text;
  const end = start + t.length;
  if (start < from || end > to || !cand.seed.alive) return;
  let j = 0;
  if (cand.ci) while (j < t.length && fold[s.charCodeAt(start + j)] === t.charCodeAt(j)) j++;
  else while (j < t.length && s.charCodeAt(start + j) === t.charCodeAt(j)) j++;
  if (j === t.length && boundaryOk(s, start, end, cand)) hit.hit(cand, start, end);
}

/**
 * Compares every candidate of one slot at `start` (`next`: the chain links of the slot's table). Kept
 * out of the scan loop, which it rarely runs.
 */
export function probe(index: SeedIndex, next: Int32Array, fold: Uint16Array, h: number, s: string, start: number, from: number, to: number, hit: HitSink): void {
  const cands = index.candidates;
  for (; h !== 0; h = next[h - 1]!) tryCandidate(cands[h - 1]!, fold, s, start, from, to, hit);
}

/**
 * Scans s[from, to): calls `hit` for each candidate found, and returns what the text holds (F_* flags)
 * so that only the decoders and detectors that may apply run.
 */
export function matchText(index: SeedIndex, s: string, from: number, to: number, hit: HitSink): number {
  const fold = foldTable();
  const { head, used, next } = index;
  let key = 0;
  let bits = 0;
  let pairs = 0;
  let digits = 0;
  let prev = 0;
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    const e = c < 128 ? ASCII[c]! : fold[c]! & 0xff;
    bits |= e;
    pairs |= (prev << 3) & e;
    prev = e;
    digits += (e >> 8) & C_DIGIT; // branch-free: digit-heavy text would mispredict an if
    key = (key << 8) | (e & 0xff);
    if (e & DASH_BIT) bits |= keyTail(key);
    const slot = Math.imul(key, 0x9e3779b1) >>> SLOT_SHIFT;
    if ((used[slot >>> 5]! & (1 << (slot & 31))) !== 0) probe(index, next, fold, head[slot]!, s, i - 3, from, to, hit);
  }
  return toFlags(pairs & PAIR_LANES ? bits | ENCODED_PAIR : bits, digits, s, from, to);
}

/** matchText's F_* flags of s[from, to) without the seed lookup, for text whose seeds were already matched in place. */
export function flagsOf(s: string, from = 0, to = s.length): number {
  let key = 0;
  let bits = 0;
  let pairs = 0;
  let digits = 0;
  let prev = 0;
  const fold = foldTable();
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    const e = c < 128 ? ASCII[c]! : fold[c]! & 0xff;
    bits |= e;
    pairs |= (prev << 3) & e;
    prev = e;
    digits += (e >> 8) & C_DIGIT;
    key = (key << 8) | (e & 0xff);
    if (e & DASH_BIT) bits |= keyTail(key);
  }
  return toFlags(pairs & PAIR_LANES ? bits | ENCODED_PAIR : bits, digits, s, from, to);
}

/** 7 digits with at most 3 other characters between neighbours (native regex: faster than a JS loop on long text). */
const NEAR_DIGITS = /\d(?:\D{0,3}\d){6}/;

/**
 * NEAR_DIGITS found in s[from, to). A short range is walked by hand: most are single JSON strings or
 * URL parts (an id and a hex ref), where slicing and running the regex cost more than the walk.
 */
export function nearDigits(s: string, from: number, to: number): boolean {
  if (to - from > 256) return NEAR_DIGITS.test(from === 0 && to === s.length ? s : s.slice(from, to));
  let run = 0; // digits so far, each at most 3 characters after the previous one
  let gap = 0;
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      if (gap > 3) run = 0;
      if (++run === 7) return true;
      gap = 0;
    } else gap++;
  }
  return false;
}

/** The F_* flags of s[from, to) from the bits and digit count gathered over it. */
export function toFlags(bits: number, digits: number, s: string, from: number, to: number): number {
  let flags = (bits >> FLAG_SHIFT) & 0x1ff;
  if (digits >= 7 && nearDigits(s, from, to)) flags |= F_DIGITS;
  if (digits >= 10) flags |= F_MANY_DIGITS;
  if (bits & ENCODED_PAIR) flags |= F_TOKEN;
  if (bits & KEY_HINT_BIT) flags |= F_KEYHINT;
  return flags;
}
