import type { BodyRecord } from './body';
import { decodeBytes } from './decode-bytes';

// webRequest's requestBody (raw byte chunks, a parsed form, or an error) as a body record.

export interface WebRequestBody {
  error?: string;
  formData?: Record<string, (string | ArrayBuffer)[]>;
  raw?: { bytes?: ArrayBuffer; file?: string }[];
}

export function bodyFromWebRequest(body: WebRequestBody | null | undefined, cap: number): BodyRecord | undefined {
  if (!body) return undefined;
  if (body.error) return { kind: 'unknown', status: 'unreadable', reason: `webRequest: ${body.error}`, size: null, capturedBytes: 0 };
  if (body.formData) return formBody(body.formData, cap);
  if (body.raw) return rawBody(body.raw, cap);
  return undefined;
}

function formBody(form: Record<string, (string | ArrayBuffer)[]>, cap: number): BodyRecord {
  const params = new URLSearchParams();
  for (const [name, values] of Object.entries(form))
    for (const value of values) params.append(name, typeof value === 'string' ? value : new TextDecoder().decode(value));
  const bytes = new TextEncoder().encode(params.toString());
  return decodeBytes(bytes, bytes.length, cap, 'urlencoded', 'application/x-www-form-urlencoded');
}

function rawBody(parts: { bytes?: ArrayBuffer; file?: string }[], cap: number): BodyRecord {
  const files = parts.filter((p) => p.file !== undefined).map((p) => p.file);
  let total = 0;
  for (const p of parts) total += p.bytes?.byteLength ?? 0;
  const kept = new Uint8Array(Math.min(total, cap));
  let offset = 0;
  for (const p of parts) {
    if (!p.bytes || offset >= kept.length) continue;
    const chunk = new Uint8Array(p.bytes, 0, Math.min(p.bytes.byteLength, kept.length - offset));
    kept.set(chunk, offset);
    offset += chunk.length;
  }
  const record = decodeBytes(kept, total, cap, 'raw');
  if (files.length === 0) return record;
  const note = `file reference not readable: ${files.join(', ')}`;
  return { ...record, status: record.status === 'empty' ? 'unreadable' : record.status, reason: record.reason ? `${record.reason}; ${note}` : note, size: total || null };
}
