import { base64Name, decodeBase64 } from './base64';
import { link, type ChainNode } from './chain';
import { inflateCapped, probeRawDeflate, sniffCompression, type Compression } from './inflate';
import { lzDecompress } from './lzstring';
import type { ScanContext } from './scan-context';
import { scanDecoded } from './scan-text';
import { bytesToText, looksPrintable } from './utf8';

// Encoded tokens inside a text: base64 / base64url (possibly of gzip or deflate data), lz-string, hex.

const MAX_TOKENS = 64;
const HASH_LENGTHS = new Set([32, 40, 56, 64, 96, 128]);

// Character classes of token characters: base64, base64url and lz-string alphabets.
const LOWER = 1;
const UPPER = 2;
const DIGIT = 4;
const SYMBOL = 8; // + / _ - $
// What a token may still be, and-ed over its characters: lower-case hex, upper-case hex, a hex id with dashes.
const HEX_LOWER = 16;
const HEX_UPPER = 32;
const HEX_ID = 64; // ids written in hex with dashes (UUIDs and the like) are not base64
const CLASS = new Uint8Array(128);
for (let c = 97; c <= 122; c++) CLASS[c] = LOWER | (c <= 102 ? HEX_LOWER | HEX_ID : 0);
for (let c = 65; c <= 90; c++) CLASS[c] = UPPER | (c <= 70 ? HEX_UPPER | HEX_ID : 0);
for (let c = 48; c <= 57; c++) CLASS[c] = DIGIT | HEX_LOWER | HEX_UPPER | HEX_ID;
for (const c of '+/_-$') CLASS[c.charCodeAt(0)] = SYMBOL | (c === '-' ? HEX_ID : 0);

/**
 * Base64 and lz-string of 8+ characters are mixed-case, with a capital past the first character or a
 * digit (a capitalised word is neither); hex is handled on its own. Lower-case slugs, paths and SKUs are not.
 */
function plausible(seen: number, upperInside: boolean): boolean {
  if ((seen & (LOWER | UPPER)) === (LOWER | UPPER)) return upperInside || (seen & DIGIT) !== 0;
  return (seen & DIGIT) !== 0 && (seen & SYMBOL) === 0;
}

/** Raw deflate has no magic; its first block header must at least be valid before a guess is tried. */
function rawDeflateHeaderOk(b: Uint8Array): boolean {
  const type = (b[0]! >> 1) & 3;
  if (type === 3) return false;
  if (type !== 0) return true;
  return b.length >= 5 && (b[1]! | (b[2]! << 8)) === (~(b[3]! | (b[4]! << 8)) & 0xffff);
}

export function scanTokens(ctx: ScanContext, text: string, chain: ChainNode | null, depth: number): void {
  tokens(ctx, text, 0, text.length, chain, depth);
}

/** Whether scanTokens would decode anything in text[from, to): the same walk, with nothing spent or copied. */
export function hasTokens(text: string, from: number, to: number): boolean {
  return tokens(null, text, from, to, null, 0);
}

/** Decodes the tokens of text[from, to) worth a try; without a context, only says whether there is one. */
function tokens(ctx: ScanContext | null, text: string, from: number, to: number, chain: ChainNode | null, depth: number): boolean {
  let found = 0;
  let i = from;
  while (i < to && found < MAX_TOKENS) {
    const c = text.charCodeAt(i);
    const k = c < 128 ? CLASS[c]! : 0;
    if (k === 0) {
      i++;
      continue;
    }
    const start = i;
    let seen = 0;
    let may = HEX_LOWER | HEX_UPPER | HEX_ID;
    let upperInside = false;
    for (; i < to; i++) {
      const d = text.charCodeAt(i);
      const kd = d < 128 ? CLASS[d]! : 0;
      if (kd === 0) break;
      if ((kd & 15) === UPPER && i > start) upperInside = true;
      seen |= kd;
      may &= kd;
    }
    let end = i;
    while (end < to && end - i < 2 && text.charCodeAt(end) === 61) end++;
    if (end - start < 8 || !plausible(seen & 15, upperInside)) continue;
    found++;
    if (end > i) may = 0; // '=' padding: base64
    if (may & (HEX_LOWER | HEX_UPPER)) {
      if (!hexMayBeText(text, start, end)) continue;
      if (!ctx) return true;
      hexToken(ctx, text.slice(start, end), chain, depth);
    } else if (!(may & HEX_ID)) {
      if (!ctx) return true;
      decodeToken(ctx, text.slice(start, end), chain, depth);
    }
  }
  return false;
}

/** The byte written by the two hex digits at i (the token is known to be hex). */
function hexByte(tok: string, i: number): number {
  const hi = tok.charCodeAt(i);
  const lo = tok.charCodeAt(i + 1);
  return (((hi & 15) + (hi > 57 ? 9 : 0)) << 4) | ((lo & 15) + (lo > 57 ? 9 : 0));
}

/**
 * Whether the hex token s[start, end) may spell text: an even length that is not a hash's, and bytes
 * that are valid UTF-8 starting with a printable character. Checked on the digits, so most random
 * hex ids are turned away before anything is decoded.
 */
function hexMayBeText(s: string, start: number, end: number): boolean {
  const len = end - start;
  if (len % 2 === 1 || HASH_LENGTHS.has(len)) return false;
  const first = hexByte(s, start);
  if (first < 0x20 || first === 0x7f) return false;
  for (let i = start; i < end; ) {
    const b = hexByte(s, i);
    i += 2;
    if (b < 0x80) continue;
    const more = b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    if (more < 0 || i + 2 * more > end) return false;
    const b1 = hexByte(s, i);
    if ((b === 0xe0 && b1 < 0xa0) || (b === 0xed && b1 > 0x9f) || (b === 0xf0 && b1 < 0x90) || (b === 0xf4 && b1 > 0x8f)) return false;
    for (let k = 0; k < more; k++, i += 2) if ((hexByte(s, i) & 0xc0) !== 0x80) return false;
  }
  return true;
}

function hexToken(ctx: ScanContext, tok: string, chain: ChainNode | null, depth: number): void {
  if (!ctx.work.step(tok.length)) return;
  const bytes = new Uint8Array(tok.length / 2);
  for (let i = 0; i < bytes.length; i++) bytes[i] = hexByte(tok, 2 * i);
  const text = bytesToText(bytes);
  if (text !== null && /[A-Za-z]{2}/.test(text)) scanDecoded(ctx, text, chain, 'hex', depth);
}

function decodeToken(ctx: ScanContext, tok: string, chain: ChainNode | null, depth: number): void {
  if (!ctx.work.step(tok.length)) return;
  if (!tok.includes('$')) {
    const bytes = decodeBase64(tok);
    if (bytes && bytes.length >= 3) {
      const name = base64Name(tok);
      const text = bytesToText(bytes);
      if (text !== null) return scanDecoded(ctx, text, chain, name, depth);
      const guess = bytes.length >= 10 && rawDeflateHeaderOk(bytes);
      if ((sniffCompression(bytes) || guess) && decompressed(ctx, bytes, link(chain, name), depth + 1)) return;
    }
  }
  if (tok.length >= 12 && ctx.work.step(tok.length)) lzToken(ctx, tok, chain, depth);
}

function lzToken(ctx: ScanContext, tok: string, chain: ChainNode | null, depth: number): void {
  const cap = Math.min(ctx.work.decompressLeft(), ctx.work.bytesLeft());
  if (cap <= 0) return ctx.work.stop('decompressed bytes');
  const out = lzDecompress(tok, /[-$]/.test(tok) ? 'uri' : 'base64', cap);
  if (!out || out.text.length < 4 || !looksPrintable(out.text)) return;
  ctx.work.counters.decompressedBytes += out.text.length;
  if (out.capped) ctx.work.stop('decompressed bytes');
  scanDecoded(ctx, out.text, chain, 'lz-string', depth);
}

/**
 * Decompresses gzip / zlib bytes (or guesses raw deflate) up to the cap and scans the text.
 * True when it produced text.
 */
export function decompressed(ctx: ScanContext, bytes: Uint8Array, chain: ChainNode | null, depth: number, kind?: Compression): boolean {
  const format = kind ?? sniffCompression(bytes) ?? (bytes.length >= 8 ? 'deflate-raw' : null);
  if (!format) return false;
  const work = ctx.work;
  const cap = Math.min(work.decompressLeft(), work.bytesLeft());
  if (cap <= 0) return work.stop('decompressed bytes'), false;
  if (!work.step(bytes.length)) return false;
  // A guessed raw stream must start as text before it may use the whole cap.
  if (format === 'deflate-raw' && !kind) {
    const probe = probeRawDeflate(bytes);
    if (!probe || probe.length < 4 || bytesToText(probe, true) === null) return false;
  }
  const out = inflateCapped(bytes, format, cap);
  if (!out) return false;
  work.counters.decompressedBytes += out.bytes.length;
  if (out.capped) work.stop('decompressed bytes');
  const text = bytesToText(out.bytes, out.capped);
  if (text === null) return false;
  scanDecoded(ctx, text, chain, format, depth);
  return true;
}
