import { describe, expect, it } from 'vitest';
import { DEFAULT_BODY_CAP } from '@/utils/body';
import type { HookBody } from '@/utils/hook-event';
import { parseHookEvent } from '@/utils/hook-event';
import { captureBuiltins } from '@/utils/hook/builtins';
import { captureBody, requestBody, type Captured } from '@/utils/hook/capture-body';

const B = captureBuiltins(globalThis as never);
const b64 = (text: string | Uint8Array) => Buffer.from(text).toString('base64');
const bodyOf = async (c: Captured): Promise<HookBody> => c.body ?? (await c.later!);

function streamOf(...chunks: (string | Uint8Array)[]): ReadableStream<Uint8Array> {
  return new ReadableStream({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(typeof chunk === 'string' ? new TextEncoder().encode(chunk) : chunk);
      controller.close();
    },
  });
}

describe('body capture of in-memory values', () => {
  const bytes = new Uint8Array([0, 1, 2, 3, 4, 5, 6, 7]);
  it.each<[string, unknown, number, Partial<HookBody>]>([
    ['keeps a string under the cap whole, with its exact UTF-8 size', 'héllo', 100,
      { kind: 'text', status: 'ok', text: 'héllo', size: 6, capturedBytes: 6 }],
    ['reports an empty string as empty', '', 100, { kind: 'text', status: 'empty', size: 0, capturedBytes: 0 }],
    ['cuts a string over the cap and gives a lower bound for its size', 'a'.repeat(200), 100,
      { kind: 'text', status: 'truncated', text: 'a'.repeat(100), reason: 'truncated at 100 bytes', size: 200, sizeIsLowerBound: true, capturedBytes: 100 }],
    ['never splits a two-byte character at the cap boundary', 'é'.repeat(10), 5,
      { status: 'truncated', text: 'éé', capturedBytes: 4 }],
    ['never splits a surrogate pair at the cap boundary', 'a😀😀', 6, { status: 'truncated', text: 'a😀', capturedBytes: 5 }],
    ['never encodes half a surrogate pair cut off by the prefix', 'ab😀cd', 3, { status: 'truncated', text: 'ab', capturedBytes: 2 }],
    ['serialises URLSearchParams as urlencoded text', new URLSearchParams({ a: '1', b: 'x y' }), 100,
      { kind: 'urlencoded', status: 'ok', text: 'a=1&b=x+y', contentType: 'application/x-www-form-urlencoded;charset=UTF-8' }],
    ['encodes an ArrayBuffer as base64', bytes.buffer, 100,
      { kind: 'arraybuffer', status: 'ok', base64: b64(bytes), size: 8, capturedBytes: 8 }],
    ['keeps only the cap of an ArrayBuffer', bytes.buffer, 3,
      { kind: 'arraybuffer', status: 'truncated', base64: b64(bytes.slice(0, 3)), size: 8, capturedBytes: 3 }],
    ['respects the byteOffset of a Uint8Array view', new Uint8Array(bytes.buffer, 2, 3), 100,
      { kind: 'typedarray', status: 'ok', base64: b64(new Uint8Array([2, 3, 4])), size: 3 }],
    ['reads a DataView over part of a buffer', new DataView(bytes.buffer, 5, 2), 100,
      { kind: 'typedarray', status: 'ok', base64: b64(new Uint8Array([5, 6])), size: 2 }],
    ['records a missing body as none', undefined, 100, { kind: 'none', status: 'empty', size: 0, capturedBytes: 0 }],
    ['records a null body as none', null, 100, { kind: 'none', status: 'empty' }],
    ['stringifies a number body as fetch does', 42, 100, { kind: 'text', status: 'ok', text: '42' }],
    ['marks a plain object as unreadable without calling its toString', { toString: () => { throw new Error('no'); } }, 100,
      { kind: 'unknown', status: 'unreadable' }],
  ])('%s', (_name, value, cap, expected) => {
    const captured = captureBody(B, value, cap);
    expect(captured.later).toBeUndefined();
    expect(captured.body).toMatchObject(expected);
  });

  it('copies at most the cap of a 64 MB string', () => {
    const huge = 'x'.repeat(64 * 1024 * 1024);
    const body = captureBody(B, huge, DEFAULT_BODY_CAP).body!;
    expect(body.status).toBe('truncated');
    expect(body.capturedBytes).toBeLessThanOrEqual(DEFAULT_BODY_CAP);
    expect(body.text!.length).toBe(DEFAULT_BODY_CAP);
    expect(body.size).toBe(huge.length);
  });

  it('lists FormData entries in order and describes files without reading them', () => {
    const form = new FormData();
    form.append('q', 'hello');
    form.append('upload', new File(['abc'], 'a.txt', { type: 'text/plain' }));
    expect(captureBody(B, form, 100).body).toEqual({
      kind: 'formdata',
      status: 'ok',
      parts: [{ name: 'q', value: 'hello' }, { name: 'upload', file: { name: 'a.txt', type: 'text/plain', size: 3 } }],
      size: 8,
      capturedBytes: 5,
      contentType: 'multipart/form-data',
    });
  });

  it('cuts FormData values once the cap is used up', () => {
    const form = new FormData();
    form.append('a', 'x'.repeat(8));
    form.append('b', 'y'.repeat(8));
    const body = captureBody(B, form, 10).body!;
    expect(body).toMatchObject({ status: 'truncated', capturedBytes: 10, sizeIsLowerBound: true });
    expect(body.parts).toEqual([{ name: 'a', value: 'x'.repeat(8) }, { name: 'b', value: 'yy' }]);
  });
});

describe('body capture of asynchronous values', () => {
  it.each<[string, Blob, number, Partial<HookBody>]>([
    ['reads a Blob as base64 with its type', new Blob(['hello'], { type: 'application/json' }), 100,
      { kind: 'blob', status: 'ok', base64: b64('hello'), size: 5, capturedBytes: 5, contentType: 'application/json' }],
    ['reads only the cap of a large Blob', new Blob(['0123456789']), 4,
      { kind: 'blob', status: 'truncated', base64: b64('0123'), size: 10, capturedBytes: 4, reason: 'truncated at 4 bytes' }],
    ['reports an empty File as empty', new File([], 'empty.bin'), 4, { kind: 'blob', status: 'empty', size: 0 }],
  ])('%s', async (_name, blob, cap, expected) => {
    const captured = captureBody(B, blob, cap);
    expect(captured.body).toBeUndefined();
    expect(await captured.later).toMatchObject(expected);
  });

  it('tees a readable stream: our branch is read, the other still delivers every byte', async () => {
    const captured = captureBody(B, streamOf('ab', 'cd', 'ef'), 100, { teeStreams: true });
    expect(await new Response(captured.stream).text()).toBe('abcdef');
    expect(await captured.later).toMatchObject({ kind: 'stream', status: 'ok', base64: b64('abcdef'), size: 6 });
  });

  it('stops reading a stream past the cap while the other branch still gets everything', async () => {
    const captured = captureBody(B, streamOf('abc', 'def', 'ghi', 'jkl'), 4, { teeStreams: true });
    const [sent, body] = await Promise.all([new Response(captured.stream).text(), captured.later]);
    expect(sent).toBe('abcdefghijkl');
    expect(body).toMatchObject({ status: 'truncated', base64: b64('abcd'), capturedBytes: 4, sizeIsLowerBound: true });
  });

  it('marks a locked stream unreadable and leaves it alone', () => {
    const stream = streamOf('x');
    stream.getReader();
    expect(captureBody(B, stream, 100, { teeStreams: true })).toEqual({
      body: expect.objectContaining({ kind: 'stream', status: 'unreadable', reason: 'stream not readable: locked' }),
    });
  });

  it('marks a disturbed stream unreadable without teeing it', async () => {
    const stream = streamOf('x', 'y');
    const reader = stream.getReader();
    await reader.read();
    reader.releaseLock();
    const captured = captureBody(B, stream, 100, { teeStreams: true });
    expect(captured.body).toMatchObject({ status: 'unreadable', reason: 'stream not readable: disturbed' });
    expect(captured.stream).toBeUndefined();
  });

  it('leaves a stream untouched when the call cannot stream it (no duplex "half")', () => {
    const stream = streamOf('x');
    const captured = captureBody(B, stream, 100);
    expect(captured.body?.status).toBe('unreadable');
    expect(stream.locked).toBe(false);
  });

  it('reads a Request body from a clone, leaving the original readable', async () => {
    const request = new Request('https://api.test/v1', { method: 'POST', body: '{"q":1}', headers: { 'content-type': 'application/json' } });
    const captured = requestBody(B, request, 'POST', 100);
    expect(await captured.later).toMatchObject({ kind: 'request', status: 'ok', base64: b64('{"q":1}'), contentType: 'application/json' });
    expect(await request.text()).toBe('{"q":1}');
  });

  it('does not clone a GET Request', () => {
    expect(requestBody(B, new Request('https://api.test/'), 'GET', 100).body).toMatchObject({ kind: 'none' });
  });

  it('marks an already-used Request body unreadable', async () => {
    const request = new Request('https://api.test/', { method: 'POST', body: 'x' });
    await request.text();
    expect(requestBody(B, request, 'POST', 100).body).toMatchObject({ kind: 'request', status: 'unreadable' });
  });

  it('produces bodies that pass the event contract', async () => {
    const values: unknown[] = ['x', new URLSearchParams('a=1'), new Uint8Array(3), new Blob(['z']), new FormData(), null];
    for (const value of values) {
      const body = await bodyOf(captureBody(B, value, 100));
      const event = { type: 'request', id: '1', time: 1, documentUrl: 'https://s.test/', initiator: { method: 'none' }, transport: 'fetch', url: 'https://a.test/', method: 'POST', body };
      expect(parseHookEvent(event), JSON.stringify(body)).not.toBeNull();
    }
  });
});
