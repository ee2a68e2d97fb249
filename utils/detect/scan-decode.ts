import { countEl, type ChainNode } from './chain';
import { hasEntity, decodeEntities } from './html-entities';
import { decodeJsEscapes, hasJsEscape } from './js-escape';
import { F_AMP, F_BACKSLASH, F_BRACKET, F_EQUALS, F_PERCENT, F_TOKEN } from './matcher';
import { hasPercentEscape, percentDecode } from './percent';
import type { ScanContext } from './scan-context';
import { scanEmbeddedJson, tryJson } from './scan-json';
import { scanDecoded } from './scan-text';
import { scanTokens } from './scan-tokens';
import { scanForm, scanUrl } from './scan-url';
import { looksLikeForm, looksLikeUrl } from './url-parts';

// Which decoders a text gets: structure first (JSON, URL, form), then escapes, then encoded tokens.

const MAX_PERCENT_LAYERS = 3;

/** `clean`: the text was matched in place and held no seed. */
export function decodeText(ctx: ScanContext, text: string, chain: ChainNode | null, depth: number, flags: number, clean = false): void {
  const t = text.trim();
  const first = t.charCodeAt(0);
  if ((first === 123 || first === 91) && tryJson(ctx, t, chain, depth)) return;
  if (flags & F_BRACKET) scanEmbeddedJson(ctx, text, chain, depth);
  // A URL with a query, fragment, escapes or encoded-looking tokens is split into parts (a base64
  // path segment only decodes on its own: '/' is a base64 character); a plain one was matched whole.
  if (looksLikeUrl(t) && (flags & (F_PERCENT | F_EQUALS | F_TOKEN) || t.includes('#') || t.includes('?'))) return scanUrl(ctx, t, chain, depth + 1, clean);
  if (flags & F_EQUALS && looksLikeForm(t)) {
    if (ctx.work.step(t.length)) scanForm(ctx, t, chain, depth + 1, 'form');
    return;
  }
  if (flags & F_PERCENT && countEl(chain, 'percent') < MAX_PERCENT_LAYERS && hasPercentEscape(text) && ctx.work.step(text.length)) {
    scanDecoded(ctx, percentDecode(text), chain, 'percent', depth);
  }
  if (flags & F_AMP && hasEntity(text) && ctx.work.step(text.length)) scanDecoded(ctx, decodeEntities(text), chain, 'html-entities', depth);
  if (flags & F_BACKSLASH && hasJsEscape(text) && ctx.work.step(text.length)) scanDecoded(ctx, decodeJsEscapes(text), chain, 'js-escape', depth);
  if (flags & F_TOKEN) scanTokens(ctx, text, chain, depth);
}
