import { decodeBase64 } from './base64';
import { link, type ChainNode } from './chain';
import { sniffCompression, type Compression } from './inflate';
import { boundaryOf, sniffBoundary } from './multipart';
import type { ScanContext } from './scan-context';
import { tryJson } from './scan-json';
import { scanText } from './scan-text';
import { decompressed } from './scan-tokens';
import { scanForm, scanMultipart } from './scan-url';
import { looksLikeForm } from './url-parts';
import { bytesToLenientText, bytesToText } from './utf8';

// A request body or WebSocket frame: bytes to text, then by content type or shape.

function header(ctx: ScanContext, name: string): string | undefined {
  return ctx.input.headers?.find(([n]) => n.toLowerCase() === name)?.[1];
}

const ENCODINGS: Record<string, Compression> = { gzip: 'gzip', 'x-gzip': 'gzip', deflate: 'deflate', 'deflate-raw': 'deflate-raw' };

/** Binary bodies: compressed ones are inflated; other bytes are read as lenient UTF-8 (protobuf and the like). */
function scanBytes(ctx: ScanContext, bytes: Uint8Array): void {
  const text = bytesToText(bytes);
  if (text !== null) return scanStructured(ctx, text, null);
  const declared = ENCODINGS[(header(ctx, 'content-encoding') ?? '').trim().toLowerCase()];
  const kind = declared ?? sniffCompression(bytes) ?? undefined;
  if (kind && decompressed(ctx, bytes, null, 0, kind)) return;
  if (!kind && decompressed(ctx, bytes, null, 0)) return;
  scanText(ctx, bytesToLenientText(bytes), link(null, 'binary'), 0);
}

export function scanBody(ctx: ScanContext): void {
  const { bodyText, bodyBase64 } = ctx.input;
  if (bodyText !== undefined && bodyText !== '') return scanStructured(ctx, bodyText, null);
  if (!bodyBase64) return;
  if (bodyBase64.length > ctx.work.bytesLeft() * 2) ctx.work.stop('bytes');
  const bytes = decodeBase64(bodyBase64.slice(0, ctx.work.bytesLeft() * 2).replace(/\s+/g, ''));
  if (bytes) scanBytes(ctx, bytes);
}

/** Text by content type or shape: multipart, JSON, NDJSON, form, else plain text. */
export function scanStructured(ctx: ScanContext, text: string, chain: ChainNode | null): void {
  const contentType = ctx.input.contentType ?? header(ctx, 'content-type') ?? '';
  const boundary = boundaryOf(contentType) ?? sniffBoundary(text);
  if (boundary) return scanMultipart(ctx, text, boundary, chain, 0);
  const t = text.trim();
  const first = t.charCodeAt(0);
  if ((first === 123 || first === 91) && text.length <= ctx.work.bytesLeft()) {
    if (tryJson(ctx, t, chain, 0)) return;
    if (t.includes('\n') && scanLines(ctx, t, chain)) return;
  }
  if (looksLikeForm(t) && ctx.work.step(t.length)) return scanForm(ctx, t, chain, 0, 'form');
  scanText(ctx, text, link(chain, 'body'), 0);
}

/** Newline-delimited JSON (log and analytics batches). */
function scanLines(ctx: ScanContext, text: string, chain: ChainNode | null): boolean {
  const lines = text.split('\n');
  if (!lines.every((l) => l.trim() === '' || /^\s*[{[]/.test(l))) return false;
  lines.forEach((line, i) => {
    if (line.trim() && !tryJson(ctx, line.trim(), link(chain, `line[${i}]`), 0)) scanText(ctx, line, link(chain, `line[${i}]`), 0);
  });
  return true;
}
