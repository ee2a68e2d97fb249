import type { ChainNode } from './chain';
import { link } from './chain';
import { foldString } from './fold';
import { isPhoneKey } from './detectors/phones';
import { F_DIGITS, flagsOf, matchText, type HitSink } from './matcher';
import { newHit, type ScanContext } from './scan-context';
import { decodeText } from './scan-decode';
import { runDetectors } from './scan-detect';
import type { Candidate, SeedIndex } from './seed-index';

// One text at one decoding layer: match seeds, run detectors, then try the decoders that may apply.

/** Records hits of one text; reused for every text, since matching never recurses. */
class TextSink implements HitSink {
  ctx!: ScanContext;
  text = '';
  chain: ChainNode | null = null;
  textId = 0;

  hit(cand: Candidate, start: number, end: number): void {
    const hit = newHit(cand.seed, cand.tail, this.chain, this.text.slice(start, end), this.textId, start, end);
    this.ctx.textHit(hit, this.text, start, end);
  }
}
const sink = new TextSink();

export function scanText(ctx: ScanContext, input: string, chain: ChainNode | null, depth: number, key?: string): void {
  const work = ctx.work;
  if (input.length === 0) return;
  const left = work.bytesLeft();
  if (left <= 0) return work.stop('bytes');
  let text = input;
  if (text.length > left) {
    work.stop('bytes');
    text = text.slice(0, left);
  }
  work.counters.bytesScanned += text.length;
  work.depth(depth);
  const textId = ++ctx.textIds;
  if (text.length < 4) return exactValue(ctx, text, chain, textId);
  sink.ctx = ctx;
  sink.text = text;
  sink.chain = chain;
  sink.textId = textId;
  const flags = matchText(ctx.index, text, 0, text.length, sink);
  afterMatch(ctx, text, chain, depth, flags, textId, key);
}

/** Detectors and decoders for a text whose seeds were already matched. */
export function afterMatch(ctx: ScanContext, text: string, chain: ChainNode | null, depth: number, flags: number, textId: number, key?: string): void {
  runDetectors(ctx, text, chain, flags, textId, key);
  // No seed in the text: its undecoded parts (URL segments, query values) hold none either.
  const last = ctx.seedHits[ctx.seedHits.length - 1];
  if (depth < ctx.work.budget.maxDepth) decodeText(ctx, text, chain, depth, flags, last?.textId !== textId);
}

/**
 * A part of an already matched text, taken as it is (nothing decoded): seeds were looked for in
 * place, so only whole-value comparison, detectors and decoders are left to do.
 */
export function scanRawPart(ctx: ScanContext, part: string, chain: ChainNode | null, depth: number, key?: string): void {
  if (part.length < 4) return exactValue(ctx, part, chain);
  const work = ctx.work;
  if (part.length > work.bytesLeft()) return scanText(ctx, part, chain, depth, key);
  work.counters.bytesScanned += part.length;
  work.depth(depth);
  const flags = flagsOf(part);
  const textId = ++ctx.textIds;
  // The detectors ran on the whole text; only the phone detector reads the part's own name (?phone=…).
  if (flags & F_DIGITS && isPhoneKey(key)) runDetectors(ctx, part, chain, F_DIGITS, textId, key);
  if (depth < work.budget.maxDepth) decodeText(ctx, part, chain, depth, flags, true);
}

const ASCII = /^[\x00-\x7f]*$/;

/** Whether some seed form is `length` units long (forms of 31 units or more share one bit). */
export function mayBeExact(index: SeedIndex, length: number): boolean {
  return (index.exactLengths & (1 << Math.min(length, 31))) !== 0;
}

/** False when exactValue surely finds nothing: ASCII folds to the same length, so only lengths of seed forms can match. */
export function mayEqualSeed(index: SeedIndex, value: string): boolean {
  const v = value.trim();
  return !ASCII.test(v) || mayBeExact(index, v.length) || (v.length >= 6 && v.length <= 18);
}

/** A whole value compared with every seed form, short ones included (quantities, JSON numbers). */
export function exactValue(ctx: ScanContext, value: string, chain: ChainNode | null, textId = ++ctx.textIds): void {
  const v = value.trim();
  // Folding keeps the length of ASCII text, so only the lengths of seed forms need a lookup.
  const ascii = ASCII.test(v);
  const candidates = ascii && !mayBeExact(ctx.index, v.length) ? undefined : ctx.index.exact.get(ascii ? v.toLowerCase() : foldString(v));
  for (const cand of candidates ?? []) {
    if (cand.seed.alive) ctx.seedHit(newHit(cand.seed, cand.tail, chain, v, textId, 0, v.length));
  }
  if (v.length >= 6 && v.length <= 18 && /^\+?\d{6,17}$/.test(v)) {
    for (const { seed, form } of ctx.index.phoneKeys.get(v.replace('+', '')) ?? []) {
      if (seed.alive) ctx.seedHit(newHit(seed, [form], chain, v, textId, 0, v.length));
    }
  }
}

/** Whether scanNumber could record anything for this number (cheap: no allocation). */
export function mayMatchNumber(ctx: ScanContext, value: string, key?: string): boolean {
  if (mayBeExact(ctx.index, value.length) && ctx.index.exact.has(value)) return true;
  if (value.length < 6 || value.length > 17) return false;
  return ctx.index.phoneKeys.has(value) || (value.length >= 7 && value.length <= 15 && isPhoneKey(key));
}

/** A JSON number: exact comparison with seed forms and phone numbers, and the phone detector when its key says phone. */
export function scanNumber(ctx: ScanContext, value: string, chain: ChainNode | null, key?: string): void {
  const textId = ++ctx.textIds;
  for (const cand of ctx.index.exact.get(value) ?? []) {
    if (cand.seed.alive) ctx.seedHit(newHit(cand.seed, cand.tail, chain, value, textId, 0, value.length));
  }
  if (value.length < 6 || value.length > 17) return;
  for (const { seed, form } of ctx.index.phoneKeys.get(value) ?? []) {
    if (seed.alive) ctx.seedHit(newHit(seed, [form], chain, value, textId, 0, value.length));
  }
  if (value.length >= 7 && value.length <= 15 && /^\d+$/.test(value) && isPhoneKey(key)) ctx.detector('phone-number', value, chain);
}

/** Scans the output of a decoder as one more layer, once per distinct output. */
export function scanDecoded(ctx: ScanContext, out: string, chain: ChainNode | null, el: string, depth: number): void {
  if (!ctx.work.produced(out.length)) return;
  if (out.length >= 16) {
    if (ctx.seen.has(out)) return;
    ctx.seen.add(out);
  }
  scanText(ctx, out, link(chain, el), depth + 1);
}
