import { JsonNode, type ChainNode, type PathStep } from './chain';
import { foldTable } from './fold';
import { ASCII, C_DIGIT, DASH_BIT, ENCODED_PAIR, F_AT, F_BRACKET, F_COLON, F_DASH, F_DIGITS, F_EQUALS, F_KEYHINT, F_MANY_DIGITS, F_PERCENT, F_TOKEN, PAIR_LANES, SLOT_SHIFT, keyTail, probe, toFlags, type HitSink } from './matcher';
import { decodeText } from './scan-decode';
import { runDetectors } from './scan-detect';
import { scanCleanUrl } from './scan-url';
import { httpUrlAt } from './url-parts';
import type { SeedIndex } from './seed-index';
import { newHit, type ScanContext } from './scan-context';
import { afterMatch, exactValue, mayEqualSeed, mayMatchNumber, scanNumber, scanText } from './scan-text';
import type { Candidate } from './seed-index';

// JSON scanned in place: one pass over the raw text matches seeds, tracks the path and gathers each
// string's flags, so no object tree is built and unescaped strings are never copied unless a decoder
// or detector needs them. Escaped strings are unescaped (JSON.parse of the one string) and scanned again.

const VALUE = 0; // a value must follow
const VALUE_OR_CLOSE = 1; // after '['
const KEY_OR_CLOSE = 2; // after '{'
const KEY = 3; // after ',' in an object
const COLON = 4;
const NEXT = 5; // after a value: ',' or a closing bracket

interface Pending {
  cand: Candidate;
  start: number;
  end: number;
}

class PendingSink implements HitSink {
  readonly hits: Pending[] = [];
  hit(cand: Candidate, start: number, end: number): void {
    this.hits.push({ cand, start, end });
  }
}

const PROMPT_KEYS = new Set(['messages', 'systemInstruction', 'system_instruction', 'instructions', 'preamble']);
const NUMBER = /^-?\d+(\.\d+)?([eE][+-]?\d+)?$/;

export class RawJson {
  private state = VALUE;
  /** Per nesting level: array or object, its current member (key or index), the nearest member name. */
  private readonly isArray: boolean[] = [];
  private readonly member: (string | number)[] = [];
  private readonly names: (string | undefined)[] = [];
  private readonly sink = new PendingSink();
  /** Member names seen in this document, by length and end characters: a repeated name is not copied again. */
  private readonly nameCache: (string | undefined)[] = [];
  /** The last name nameAt returned came from nameCache. */
  private nameSeen = false;
  /** A key of an LLM request shape was seen: prompts are looked for afterwards. */
  promptKeys = false;

  constructor(
    private readonly ctx: ScanContext,
    private readonly text: string,
    private readonly chain: ChainNode | null,
    private readonly depth: number,
  ) {}

  /** Scans the whole text; false at the first syntax error (the caller then treats it as plain text). */
  run(): boolean {
    const bytes = takeBytes(this.text);
    try {
      return this.walk(bytes);
    } finally {
      if (bytes) giveBack(bytes);
    }
  }

  private walk(bytes: Uint8Array | null): boolean {
    const { text, sink } = this;
    const index = this.ctx.index;
    const n = text.length;
    let backslash = -1; // next '\\' at or after the current string, found lazily (n: none left)
    for (let i = 0; i < n; ) {
      const c = text.charCodeAt(i);
      if (c === 34) {
        const s = this.state;
        if (s !== VALUE && s !== VALUE_OR_CLOSE && s !== KEY_OR_CLOSE && s !== KEY) return false;
        const start = i + 1;
        // The closing quote by native search; strings holding a backslash are walked by hand.
        let end = text.indexOf('"', start);
        if (end === -1) return false;
        if (backslash < start) {
          backslash = text.indexOf('\\', start);
          if (backslash === -1) backslash = n;
        }
        const escaped = backslash < end;
        if (escaped) {
          end = start;
          while (end < n && text.charCodeAt(end) !== 34) end += text.charCodeAt(end) === 92 ? 2 : 1;
          if (end >= n) return false;
        }
        const isKey = s === KEY_OR_CLOSE || s === KEY;
        // Keys are never matched (a seed in a member name is not data sent); values are, in place.
        const flags = isKey || escaped ? 0 : bytes ? matchJsonBytes(index, bytes, text, start, end, sink) : matchJsonString(index, text, start, end, sink);
        if (!this.endString(start, end, escaped, flags)) return false;
        i = end + 1;
      } else if (c === 32 || c === 10 || c === 13 || c === 9) {
        i++;
      } else if (this.structure(c)) {
        i++;
      } else {
        if (this.state !== VALUE && this.state !== VALUE_OR_CLOSE) return false;
        let j = i + 1;
        for (; j < n; j++) {
          const d = text.charCodeAt(j);
          if (d === 44 || d === 93 || d === 125 || d === 32 || d === 10 || d === 13 || d === 9) break;
        }
        if (j - i >= 4) {
          if (bytes) matchJsonBytes(index, bytes, text, i, j, sink);
          else matchJsonString(index, text, i, j, sink);
        }
        if (!this.endToken(i, j)) return false;
        i = j;
      }
    }
    return this.isArray.length === 0 && this.state === NEXT;
  }

  /** Brackets, commas and colons; false for any other character. */
  private structure(c: number): boolean {
    const s = this.state;
    if (c === 123 || c === 91) {
      if (s !== VALUE && s !== VALUE_OR_CLOSE) return this.fail();
      this.valueStarts();
      this.isArray.push(c === 91);
      this.member.push(c === 91 ? 0 : '');
      this.names.push(this.names[this.names.length - 1]);
      this.state = c === 91 ? VALUE_OR_CLOSE : KEY_OR_CLOSE;
    } else if (c === 125 || c === 93) {
      const array = this.isArray[this.isArray.length - 1];
      if (array !== (c === 93)) return this.fail();
      if (s !== NEXT && s !== (array ? VALUE_OR_CLOSE : KEY_OR_CLOSE)) return this.fail();
      this.isArray.pop();
      this.member.pop();
      this.names.pop();
      this.state = NEXT;
    } else if (c === 44) {
      if (s !== NEXT || this.isArray.length === 0) return this.fail();
      const top = this.isArray.length - 1;
      if (this.isArray[top]) this.member[top] = (this.member[top] as number) + 1;
      this.state = this.isArray[top] ? VALUE : KEY;
    } else if (c === 58) {
      if (s !== COLON) return this.fail();
      this.state = VALUE;
    } else return false;
    return true;
  }

  /** Marks the parser broken, so run() stops at the next check. */
  private fail(): boolean {
    this.state = -1;
    return true;
  }

  private valueStarts(): void {
    if (!this.ctx.work.jsonNode()) this.state = -1;
    if (this.isArray.length > this.ctx.work.budget.maxJsonDepth) this.ctx.work.stop('JSON depth');
  }

  private node(): JsonNode {
    let step: PathStep | null = null;
    for (let l = 0; l < this.member.length; l++) step = { up: step, key: this.member[l]! };
    return new JsonNode(this.chain, step);
  }

  /** The seed hits that lie inside [from, to), as hits of `chain`. */
  private flush(from: number, to: number, chain: ChainNode, textId: number): void {
    for (const p of this.sink.hits) {
      if (p.start < from || p.end > to) continue;
      const hit = newHit(p.cand.seed, p.cand.tail, chain, this.text.slice(p.start, p.end), textId, p.start - from, p.end - from);
      this.ctx.textHit(hit, this.text, p.start, p.end);
    }
    if (this.sink.hits.length !== 0) this.sink.hits.length = 0;
  }

  private endString(from: number, to: number, escaped: boolean, flags: number): boolean {
    const { ctx, text } = this;
    if (this.state === KEY_OR_CLOSE || this.state === KEY) {
      this.nameSeen = false;
      const name = escaped ? String(JSON.parse(text.slice(from - 1, to + 1))) : this.nameAt(from, to);
      const top = this.member.length - 1;
      this.member[top] = name;
      this.names[top] = name;
      // A name seen before in this document was checked then.
      if (!this.nameSeen && PROMPT_KEYS.has(name)) this.promptKeys = true;
      if (this.sink.hits.length !== 0) this.sink.hits.length = 0;
      this.state = COLON;
      return true;
    }
    this.valueStarts();
    this.state = NEXT;
    const name = this.names[this.names.length - 1];
    if (escaped) {
      if (this.sink.hits.length !== 0) this.sink.hits.length = 0;
      let value: string;
      try {
        value = String(JSON.parse(text.slice(from - 1, to + 1)));
      } catch {
        return false;
      }
      if (value.length < 4) exactValue(ctx, value, this.node());
      else scanText(ctx, value, this.node(), this.depth, name);
      return true;
    }
    const len = to - from;
    // A short value can only equal a seed form of its length: most have no path to build.
    if (len < 4 && this.sink.hits.length === 0 && !mayEqualSeed(ctx.index, text.slice(from, to))) return true;
    if (this.sink.hits.length === 0 && len >= 4 && (flags & INTERESTING) === 0) return true;
    const node = this.node();
    const textId = ++ctx.textIds;
    const clean = this.sink.hits.length === 0;
    this.flush(from, to, node, textId);
    if (len < 4) exactValue(ctx, text.slice(from, to), node, textId);
    else if (flags & INTERESTING && !(clean && this.urlInPlace(from, to, node, flags, textId, name))) afterMatch(ctx, text.slice(from, to), node, this.depth, flags, textId, name);
    return true;
  }

  /**
   * afterMatch for a clean string that is an http(s) URL with parts to look at: the detectors only when
   * its flags call for them, then the clean-URL walk, without looksLikeUrl's regex and the general
   * path's other checks. False when the string is not such a URL (the caller takes the general path).
   */
  private urlInPlace(from: number, to: number, node: ChainNode, flags: number, textId: number, name: string | undefined): boolean {
    const { ctx, text } = this;
    const last = text.charCodeAt(to - 1);
    // '{' and '[' are for decodeText's JSON checks; a last character outside printable ASCII might be trimmed
    if (flags & F_BRACKET || last <= 32 || last >= 127 || !httpUrlAt(text, from, to)) return false;
    const url = text.slice(from, to);
    if (!(flags & (F_PERCENT | F_EQUALS | F_TOKEN)) && !url.includes('#') && !url.includes('?')) return false;
    const hits = ctx.seedHits.length;
    if (flags & DETECTED || (flags & F_TOKEN && url.includes('AIza'))) runDetectors(ctx, url, node, flags, textId, name);
    if (this.depth >= ctx.work.budget.maxDepth) return true;
    // A seed phone number the detectors found makes the string no longer clean: the full URL scan, as afterMatch does.
    if (ctx.seedHits.length !== hits) decodeText(ctx, url, node, this.depth, flags, false);
    else scanCleanUrl(ctx, url, node, this.depth + 1);
    return true;
  }

  /** text[from, to) as a string, the cached one when this name was seen before (same hash, no new copy). */
  private nameAt(from: number, to: number): string {
    const { text, nameCache } = this;
    const slot = ((to - from) * 31 + text.charCodeAt(from) * 7 + text.charCodeAt(to - 1)) & 63;
    const cached = nameCache[slot];
    if (cached !== undefined && cached.length === to - from) {
      // compared by hand: names are short, and startsWith costs a call
      let j = 0;
      while (j < cached.length && cached.charCodeAt(j) === text.charCodeAt(from + j)) j++;
      if (j === cached.length) {
        this.nameSeen = true;
        return cached;
      }
    }
    const name = text.slice(from, to);
    nameCache[slot] = name;
    return name;
  }

  private endToken(from: number, to: number): boolean {
    const token = this.text.slice(from, to);
    this.valueStarts();
    this.state = NEXT;
    if (token === 'true' || token === 'false' || token === 'null') {
      if (this.sink.hits.length !== 0) this.sink.hits.length = 0;
      return true;
    }
    if (!NUMBER.test(token)) return false;
    // Most numbers (prices, vector values) match nothing: build their path only when something may.
    const name = this.names[this.names.length - 1];
    if (this.sink.hits.length === 0 && !mayMatchNumber(this.ctx, token, name)) return true;
    const node = this.node();
    this.flush(from, to, node, ++this.ctx.textIds);
    scanNumber(this.ctx, token, node, name);
    return true;
  }
}

/**
 * matchText's loop, repeated on purpose for JSON strings: with one shared copy, V8 optimised it for
 * every caller's strings and stopped inlining it here, and large JSON bodies scanned 1.3–1.7× slower
 * once other requests had run (measured with bench/engine.ts and a CPU profile). It reads two characters
 * per turn and looks up one key per turn: the key ending at the turn's second character finds the
 * candidates starting 3 characters back in the seed index's first table and those starting 4 back in
 * its second (units 1–4). When some candidate is only 4 units long, the key ending at the first
 * character is looked up too, in the first table, as matchText does. matchJsonBytes is the same loop
 * over the ASCII bytes of a large body. Keep the three equal: tests/unit/detect-matcher-copies.test.ts
 * checks that they agree on any range of any text.
 */
export function matchJsonString(index: SeedIndex, s: string, from: number, to: number, hit: HitSink): number {
  const fold = foldTable();
  const { head, used, next, head1, next1, usedEither } = index;
  const four = index.hasFour;
  let key = 0;
  let bits = 0;
  let pairs = 0;
  let digits = 0;
  let prev = 0;
  let i = from;
  for (; i + 1 < to; i += 2) {
    const c = s.charCodeAt(i);
    const d = s.charCodeAt(i + 1);
    const e = c < 128 ? ASCII[c]! : fold[c]! & 0xff;
    const f = d < 128 ? ASCII[d]! : fold[d]! & 0xff;
    bits |= e | f;
    pairs |= ((prev << 3) & e) | ((e << 3) & f);
    prev = f;
    digits += ((e >> 8) & C_DIGIT) + ((f >> 8) & C_DIGIT);
    const k = (key << 8) | (e & 0xff);
    key = (k << 8) | (f & 0xff);
    if ((e | f) & DASH_BIT) bits |= (e & DASH_BIT ? keyTail(k) : 0) | (f & DASH_BIT ? keyTail(key) : 0);
    if (four) {
      const a = Math.imul(k, 0x9e3779b1) >>> SLOT_SHIFT;
      if ((used[a >>> 5]! & (1 << (a & 31))) !== 0) probe(index, next, fold, head[a]!, s, i - 3, from, to, hit);
    }
    const b = Math.imul(key, 0x9e3779b1) >>> SLOT_SHIFT;
    if ((usedEither[b >>> 5]! & (1 << (b & 31))) !== 0) {
      if (!four) probe(index, next1, fold, head1[b]!, s, i - 3, from, to, hit);
      probe(index, next, fold, head[b]!, s, i - 2, from, to, hit);
    }
  }
  if (i < to) {
    const c = s.charCodeAt(i);
    const e = c < 128 ? ASCII[c]! : fold[c]! & 0xff;
    bits |= e;
    pairs |= (prev << 3) & e;
    digits += (e >> 8) & C_DIGIT;
    key = (key << 8) | (e & 0xff);
    if (e & DASH_BIT) bits |= keyTail(key);
    const a = Math.imul(key, 0x9e3779b1) >>> SLOT_SHIFT;
    if ((used[a >>> 5]! & (1 << (a & 31))) !== 0) probe(index, next, fold, head[a]!, s, i - 3, from, to, hit);
  }
  return toFlags(pairs & PAIR_LANES ? bits | ENCODED_PAIR : bits, digits, s, from, to);
}

/**
 * matchJsonString over `bytes`, the ASCII bytes of `s` (same offsets): a typed-array read costs less
 * than charCodeAt, which checks the string's representation at every character.
 */
export function matchJsonBytes(index: SeedIndex, bytes: Uint8Array, s: string, from: number, to: number, hit: HitSink): number {
  const fold = foldTable();
  const { head, used, next, head1, next1, usedEither } = index;
  const four = index.hasFour;
  let key = 0;
  let bits = 0;
  let pairs = 0;
  let digits = 0;
  let prev = 0;
  let i = from;
  for (; i + 1 < to; i += 2) {
    const e = ASCII[bytes[i]!]!;
    const f = ASCII[bytes[i + 1]!]!;
    bits |= e | f;
    pairs |= ((prev << 3) & e) | ((e << 3) & f);
    prev = f;
    digits += ((e >> 8) & C_DIGIT) + ((f >> 8) & C_DIGIT);
    const k = (key << 8) | (e & 0xff);
    key = (k << 8) | (f & 0xff);
    if ((e | f) & DASH_BIT) bits |= (e & DASH_BIT ? keyTail(k) : 0) | (f & DASH_BIT ? keyTail(key) : 0);
    if (four) {
      const a = Math.imul(k, 0x9e3779b1) >>> SLOT_SHIFT;
      if ((used[a >>> 5]! & (1 << (a & 31))) !== 0) probe(index, next, fold, head[a]!, s, i - 3, from, to, hit);
    }
    const b = Math.imul(key, 0x9e3779b1) >>> SLOT_SHIFT;
    if ((usedEither[b >>> 5]! & (1 << (b & 31))) !== 0) {
      if (!four) probe(index, next1, fold, head1[b]!, s, i - 3, from, to, hit);
      probe(index, next, fold, head[b]!, s, i - 2, from, to, hit);
    }
  }
  if (i < to) {
    const e = ASCII[bytes[i]!]!;
    bits |= e;
    pairs |= (prev << 3) & e;
    digits += (e >> 8) & C_DIGIT;
    key = (key << 8) | (e & 0xff);
    if (e & DASH_BIT) bits |= keyTail(key);
    const a = Math.imul(key, 0x9e3779b1) >>> SLOT_SHIFT;
    if ((used[a >>> 5]! & (1 << (a & 31))) !== 0) probe(index, next, fold, head[a]!, s, i - 3, from, to, hit);
  }
  return toFlags(pairs & PAIR_LANES ? bits | ENCODED_PAIR : bits, digits, s, from, to);
}

/** Bodies from this length on are read as bytes when they are all ASCII (encoding costs more than it saves below). */
const BYTES_FROM = 4096;
const encoder = new TextEncoder();

/** The ASCII bytes of `text` (offsets unchanged), or null when it is short or holds any other character. */
export function asciiBytes(text: string, into = new Uint8Array(text.length)): Uint8Array | null {
  if (text.length < BYTES_FROM) return null;
  const { read, written } = encoder.encodeInto(text, into);
  return read === text.length && written === text.length ? into : null;
}

/** Bodies up to this length reuse one buffer (allocating and zeroing a new one cost 3 % of a large body's scan). */
const SHARED_MAX = 1 << 20;
let shared = new Uint8Array(0);
/** A JSON document inside a string of the body being read gets a buffer of its own. */
let sharedBusy = false;

/** asciiBytes into the shared buffer when it is free and the text fits; give it back with giveBack. */
function takeBytes(text: string): Uint8Array | null {
  const n = text.length;
  if (n < BYTES_FROM) return null;
  if (sharedBusy || n > SHARED_MAX) return asciiBytes(text);
  if (shared.length < n) shared = new Uint8Array(Math.min(SHARED_MAX, Math.max(n, 2 * shared.length)));
  sharedBusy = true;
  const bytes = asciiBytes(text, shared.subarray(0, n));
  if (!bytes) giveBack(shared.subarray(0, n));
  return bytes;
}

/** Wipes the shared buffer's bytes of a body (no request's text is kept past its scan) and frees it. */
function giveBack(bytes: Uint8Array): void {
  if (bytes.buffer !== shared.buffer) return;
  bytes.fill(0);
  sharedBusy = false;
}

/** Flags that make runDetectors look at a text whatever it holds (F_TOKEN only with 'AIza' in it). */
const DETECTED = F_AT | F_DIGITS | F_KEYHINT | F_MANY_DIGITS;

/** Flags that call for detectors or decoders after matching (everything but ':', '-' and '_' alone). */
const INTERESTING = ~(F_COLON | F_DASH);
