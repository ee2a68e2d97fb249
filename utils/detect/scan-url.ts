import { link, type ChainNode } from './chain';
import { isAlgoliaWrite, isKeyParam, looksLikeKey } from './detectors/exposed-keys';
import { ASCII, C_DIGIT, ENCODED_PAIR, F_AMP, F_BACKSLASH, F_BRACKET, F_DIGITS, F_EQUALS, F_PERCENT, F_TOKEN, PAIR_LANES, toFlags } from './matcher';
import { parseMultipart } from './multipart';
import { percentDecode } from './percent';
import type { ScanContext } from './scan-context';
import { exactValue, mayBeExact, mayEqualSeed, scanRawPart, scanText } from './scan-text';
import { hasTokens, scanTokens } from './scan-tokens';
import { parseForm, pathStartOf, splitUrl } from './url-parts';

// URLs (path segments, query, fragment), form-urlencoded text and multipart bodies.

const SEGMENT_NAMES = Array.from({ length: 16 }, (_, i) => `path[${i}]`);

/** `clean`: the URL was matched in place and held no seed, so parts that decode to themselves need no matching. */
export function scanUrl(ctx: ScanContext, url: string, chain: ChainNode | null, depth: number, clean = false): void {
  if (clean) return scanCleanUrl(ctx, url, chain, depth);
  const parts = splitUrl(url);
  parts.segments.forEach((seg, i) => {
    const name = SEGMENT_NAMES[i] ?? `path[${i}]`;
    scanText(ctx, percentDecode(seg), link(chain, name, name), depth);
  });
  if (parts.query) scanForm(ctx, parts.query, chain, depth, 'query');
  if (parts.fragment) scanText(ctx, parts.fragment, link(chain, 'fragment', 'fragment'), depth);
}

/** Flags of a raw part that some decoder acts on (see decodeText). */
const DECODABLE = F_BRACKET | F_PERCENT | F_EQUALS | F_AMP | F_BACKSLASH | F_TOKEN;

/**
 * A clean URL read where it lies: a part is copied and given a chain node only when something may
 * still be found in it. Most parts of most URLs (`p`, `12`, `ref=summer`) are inert: too short to
 * equal any seed form and with nothing for a decoder, which is decided from their characters alone.
 */
export function scanCleanUrl(ctx: ScanContext, url: string, chain: ChainNode | null, depth: number): void {
  const hash = url.indexOf('#');
  const end = hash === -1 ? url.length : hash;
  let q = url.indexOf('?');
  if (q > end) q = -1;
  const pathEnd = q === -1 ? end : q;
  let n = 0;
  for (let from = pathStartOf(url, pathEnd); from < pathEnd; ) {
    let to = url.indexOf('/', from);
    if (to === -1 || to > pathEnd) to = pathEnd;
    if (to > from) {
      if (!inert(ctx, url, from, to, depth, false)) {
        const seg = url.slice(from, to);
        const name = SEGMENT_NAMES[n] ?? `path[${n}]`;
        const node = link(chain, name, name);
        if (seg.includes('%')) scanText(ctx, percentDecode(seg), node, depth);
        else scanRawPart(ctx, seg, node, depth);
      }
      n++;
    }
    from = to + 1;
  }
  let nextEq = q; // the first '=' at or after `from` (-1: none left), searched again only once passed
  for (let from = q + 1; q !== -1 && from < end; ) {
    let amp = url.indexOf('&', from);
    if (amp === -1 || amp > end) amp = end;
    if (nextEq !== -1 && nextEq < from) nextEq = url.indexOf('=', from);
    const eq = nextEq !== -1 && nextEq < amp ? nextEq : -1;
    const value = eq === -1 ? amp : eq + 1;
    if (amp > from && !inert(ctx, url, value, amp, depth, true)) {
      const raw = url.slice(value, amp);
      scanPair(ctx, percentDecode(url.slice(from, eq === -1 ? amp : eq), true), percentDecode(raw, true), raw, chain, depth, 'query', true);
    }
    from = amp + 1;
  }
  if (hash !== -1 && hash + 1 < url.length && !inert(ctx, url, hash + 1, url.length, depth, false)) {
    scanRawPart(ctx, url.slice(hash + 1), link(chain, 'fragment', 'fragment'), depth);
  }
}

/**
 * True when the raw part s[from, to) of a clean text holds nothing to find: it decodes to itself, is
 * too short to equal a seed form or has nothing a decoder acts on (no token that could decode to
 * text, see hasTokens), and (`named`) its name cannot turn
 * it into a phone number or a key. Counts the bytes it read, as scanRawPart would.
 */
function inert(ctx: ScanContext, s: string, from: number, to: number, depth: number, named: boolean): boolean {
  // One walk gathers what flagsOf would (character flags, pairs, digits: matcher.ts), so the part is read once.
  let bits = 0;
  let pairs = 0;
  let prev = 0;
  let digits = 0;
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    // escapes and '+' decode to something else; spaces would be trimmed; non-ASCII folds differently
    if (c === 37 || c === 43 || c <= 32 || c >= 127) return false;
    const e = ASCII[c]!;
    bits |= e;
    pairs |= (prev << 3) & e;
    prev = e;
    digits += (e >> 8) & C_DIGIT;
  }
  const len = to - from;
  if (len < 4) return !mayBeExact(ctx.index, len);
  const work = ctx.work;
  const first = s.charCodeAt(from);
  // '{', '[' and URL starts are for decodeText; a long named value may be a key the name gives away
  if (len > work.bytesLeft() || first === 104 || first === 72 || first === 47 || (named && len >= 16)) return false;
  const flags = toFlags(pairs & PAIR_LANES ? bits | ENCODED_PAIR : bits, digits, s, from, to);
  if (flags & DECODABLE & ~F_TOKEN || (flags & F_TOKEN && hasTokens(s, from, to)) || (named && flags & F_DIGITS)) return false;
  work.counters.bytesScanned += len;
  work.depth(depth);
  return true;
}

/** Name/value pairs; `prefix` names where they came from (query, form, cookie). */
export function scanForm(ctx: ScanContext, text: string, chain: ChainNode | null, depth: number, prefix: string): void {
  for (const pair of parseForm(text)) scanPair(ctx, pair.name, pair.value, pair.raw, chain, depth, prefix, false);
}

/** One decoded pair (`raw`: its value before decoding); `clean` as for scanUrl. */
function scanPair(ctx: ScanContext, name: string, value: string, raw: string, chain: ChainNode | null, depth: number, prefix: string, clean: boolean): void {
  // A short raw value can only equal a seed form (keys are 16+ characters, and no '+' to undo).
  if (clean && value.length < 4 && value === raw && !mayEqualSeed(ctx.index, value)) return;
  const node = link(chain, `${prefix}:${name}`, name);
  scanValue(ctx, name, value, node, depth, clean && value === raw);
  // '+' was read as a space; a raw base64 value keeps its '+'.
  if (raw.includes('+')) {
    const kept = percentDecode(raw);
    if (/^[A-Za-z0-9+/=_-]{8,}$/.test(kept)) scanTokens(ctx, kept, node, depth);
  }
}

/** One named value: seeds, detectors, and keys that the parameter name gives away. */
export function scanValue(ctx: ScanContext, name: string, value: string, node: ChainNode, depth: number, raw = false): void {
  if (value.length < 4) exactValue(ctx, value, node);
  else if (raw) scanRawPart(ctx, value, node, depth, name);
  else scanText(ctx, value, node, depth, name);
  if (value.length < 16) return; // shorter than any key the name could give away
  const { url, method } = ctx.input;
  if (/^x-algolia-api-key$/i.test(name)) {
    if (isAlgoliaWrite(url, method) && looksLikeKey(value)) ctx.detector('algolia-admin-key', value, node, 'algolia');
  } else if (isKeyParam(name) && looksLikeKey(value)) ctx.detector('api-key', value, node, `parameter ${name}`);
}

export function scanMultipart(ctx: ScanContext, body: string, boundary: string, chain: ChainNode | null, depth: number): void {
  if (!ctx.work.step(body.length)) return;
  for (const part of parseMultipart(body, boundary)) {
    const node = link(chain, `multipart:${part.name}`, part.name);
    if (part.filename) scanText(ctx, part.filename, link(node, 'filename'), depth + 1);
    scanValue(ctx, part.name, part.body, node, depth + 1);
  }
}
