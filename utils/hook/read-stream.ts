import type { HookBody } from '../hook-event';
import type { Builtins } from './builtins';
import { FAIL, invoke, probe } from './call';
import { base64Of, truncatedReason, unreadable } from './bytes';

// Reads our own stream branch until just past `cap`, then cancels that branch only.

type Chunk = { buffer: ArrayBufferLike; offset: number; length: number };

function chunkOf(B: Builtins, value: unknown): Chunk | null {
  if (!B.isView(value)) return null;
  const typed = probe(B, B.taBuffer, value) !== FAIL;
  return {
    buffer: invoke(B, typed ? B.taBuffer : B.dvBuffer, value),
    offset: invoke(B, typed ? B.taOffset : B.dvOffset, value),
    length: invoke(B, typed ? B.taLength : B.dvLength, value),
  };
}

export async function readStream(
  B: Builtins,
  stream: unknown,
  cap: number,
  kind: 'stream' | 'request',
  contentType?: string,
): Promise<HookBody> {
  const extra = contentType ? { contentType } : {};
  const chunks: Chunk[] = [];
  let total = 0;
  let done = false;
  let reader: unknown;
  try {
    reader = invoke(B, B.rsGetReader, stream);
    while (total <= cap) {
      const step = await invoke(B, B.readerRead, reader);
      if (step.done) {
        done = true;
        break;
      }
      const chunk = chunkOf(B, step.value);
      if (!chunk) return { ...unreadable(kind, 'stream chunk is not bytes'), ...extra };
      chunks[chunks.length] = chunk;
      total += chunk.length;
    }
  } catch {
    return { ...unreadable(kind, 'stream not readable: error while reading'), ...extra };
  } finally {
    if (!done && reader) probe(B, B.promiseThen, probe(B, B.readerCancel, reader), [undefined, () => 0]);
  }
  const kept = total < cap ? total : cap;
  const bytes = new B.Uint8Array(kept);
  for (let i = 0, at = 0; i < chunks.length && at < kept; i++) {
    const c = chunks[i]!;
    const n = c.length < kept - at ? c.length : kept - at;
    invoke(B, B.taSet, bytes, [new B.Uint8Array(c.buffer, c.offset, n), at]);
    at += n;
  }
  const body: HookBody = { kind, status: done ? 'ok' : 'truncated', size: total, capturedBytes: kept, ...extra };
  if (total === 0 && done) return { ...body, status: 'empty' };
  body.base64 = base64Of(B, invoke(B, B.taBuffer, bytes), 0, kept);
  if (total > cap || !done) {
    body.status = 'truncated';
    body.reason = truncatedReason(cap);
    if (!done) body.sizeIsLowerBound = true;
  }
  return body;
}
