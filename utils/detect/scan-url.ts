import { link, type ChainNode } from './chain';
import { isAlgoliaWrite, isKeyParam, looksLikeKey } from './detectors/exposed-keys';
import { parseMultipart } from './multipart';
import { percentDecode } from './percent';
import type { ScanContext } from './scan-context';
import { exactValue, mayEqualSeed, scanRawPart, scanText } from './scan-text';
import { scanTokens } from './scan-tokens';
import { parseForm, splitUrl } from './url-parts';

// URLs (path segments, query, fragment), form-urlencoded text and multipart bodies.

const SEGMENT_NAMES = Array.from({ length: 16 }, (_, i) => `path[${i}]`);

/** `clean`: the URL was matched in place and held no seed, so parts that decode to themselves need no matching. */
export function scanUrl(ctx: ScanContext, url: string, chain: ChainNode | null, depth: number, clean = false): void {
  const parts = splitUrl(url);
  parts.segments.forEach((seg, i) => {
    // A short raw segment can only equal a seed form: most ("p", "12") need no chain node at all.
    if (clean && seg.length < 4 && !seg.includes('%') && !mayEqualSeed(ctx.index, seg)) return;
    const name = SEGMENT_NAMES[i] ?? `path[${i}]`;
    const node = link(chain, name, name);
    if (clean && !seg.includes('%')) scanRawPart(ctx, seg, node, depth);
    else scanText(ctx, percentDecode(seg), node, depth);
  });
  if (parts.query) scanForm(ctx, parts.query, chain, depth, 'query', clean);
  if (parts.fragment) {
    const node = link(chain, 'fragment', 'fragment');
    if (clean) scanRawPart(ctx, parts.fragment, node, depth);
    else scanText(ctx, parts.fragment, node, depth);
  }
}

/** Name/value pairs; `prefix` names where they came from (query, form, cookie). */
export function scanForm(ctx: ScanContext, text: string, chain: ChainNode | null, depth: number, prefix: string, clean = false): void {
  for (const pair of parseForm(text)) {
    // A short raw value can only equal a seed form (keys are 16+ characters, and no '+' to undo).
    if (clean && pair.value.length < 4 && pair.value === pair.raw && !mayEqualSeed(ctx.index, pair.value)) continue;
    const node = link(chain, `${prefix}:${pair.name}`, pair.name);
    scanValue(ctx, pair.name, pair.value, node, depth, clean && pair.value === pair.raw);
    // '+' was read as a space; a raw base64 value keeps its '+'.
    if (pair.raw.includes('+')) {
      const kept = percentDecode(pair.raw);
      if (/^[A-Za-z0-9+/=_-]{8,}$/.test(kept)) scanTokens(ctx, kept, node, depth);
    }
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
