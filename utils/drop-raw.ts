import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import type { BodyRecord } from './body';
import type { FrameRow, RequestRow } from './db';
import { fingerprint } from './redact-header';
import { redactFrameUrls, redactRequestUrls } from './redact-at-rest';

// After its re-analysis window, a row keeps only what is not customer data: sizes, types, reasons,
// a hash of the body, header names with fingerprinted values, the URL with seed values masked and
// its other URLs (frame, redirects, initiator) with every query value masked.

function bodyHash(body: BodyRecord | undefined): string | undefined {
  const raw = body?.text ?? body?.base64 ?? (body?.parts ? JSON.stringify(body.parts) : undefined);
  return raw === undefined ? undefined : bytesToHex(sha256(utf8ToBytes(raw)));
}

function withoutContent(body: BodyRecord): BodyRecord {
  const { text: _t, base64: _b, parts: _p, ...rest } = body;
  return rest;
}

export function dropRawRequest(row: RequestRow, salt: string, now: number): Partial<RequestRow> {
  const hash = bodyHash(row.body);
  return {
    ...redactRequestUrls(row),
    rawDroppedAt: now,
    url: row.maskedUrl ?? row.url,
    ...(row.body ? { body: withoutContent(row.body) } : {}),
    ...(hash ? { bodyHash: hash } : {}),
    ...(row.requestHeaders ? { requestHeaders: row.requestHeaders.map(([n, v]): [string, string] => [n, v ? fingerprint(v, salt) : v]) } : {}),
  };
}

export function dropRawFrame(row: FrameRow, now: number): Partial<FrameRow> {
  return { ...redactFrameUrls(row), rawDroppedAt: now, body: withoutContent(row.body) };
}
