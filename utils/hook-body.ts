import { base64ToBytes } from './base64';
import type { BodyRecord } from './body';
import { decodeBytes } from './decode-bytes';
import type { HookBody } from './hook-event';

// The hook sends binary bodies as base64 and leaves text detection to the background.

const BINARY_KINDS = new Set(['blob', 'arraybuffer', 'typedarray', 'stream', 'request', 'raw']);

export function bodyFromHook(body: HookBody, cap: number): BodyRecord {
  if (body.base64 === undefined || !BINARY_KINDS.has(body.kind)) return capText(body, cap);
  const bytes = base64ToBytes(body.base64);
  if (!bytes) return { ...body, status: 'undecodable', reason: 'hook sent invalid base64', base64: undefined };
  const decoded = decodeBytes(bytes, body.size, cap, body.kind, body.contentType);
  // Binary bodies keep their exact bytes even when they also decode as text.
  const keep = decoded.base64 ?? (bytes.length > cap ? undefined : body.base64);
  const record: BodyRecord = { ...decoded, ...(keep ? { base64: keep } : {}) };
  if (body.status === 'unreadable') return { ...record, status: 'unreadable', reason: body.reason };
  return record;
}

function capText(body: HookBody, cap: number): BodyRecord {
  if (body.text === undefined || body.text.length <= cap / 4) return body;
  const bytes = new TextEncoder().encode(body.text);
  if (bytes.length <= cap) return body;
  return { ...decodeBytes(bytes, body.size, cap, body.kind, body.contentType), sizeIsLowerBound: body.sizeIsLowerBound };
}
