import { describe, expect, it } from 'vitest';
import { decodeBytes } from '@/utils/decode-bytes';
import { bodyFromHook } from '@/utils/hook-body';
import { bodyFromWebRequest } from '@/utils/web-request-body';
import { bytesToBase64 } from '@/utils/base64';

const enc = (s: string) => new TextEncoder().encode(s);
const buf = (b: Uint8Array) => b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer;

describe('decoding captured bytes', () => {
  it.each([
    ['keeps UTF-8 text as text', enc('{"email":"jane@example.com"}'), 1024, { status: 'ok', text: '{"email":"jane@example.com"}' }],
    ['marks an empty body as empty', new Uint8Array(0), 1024, { status: 'empty', size: 0 }],
    ['marks bytes with NULs as binary and keeps them as base64', new Uint8Array([0, 1, 2, 0, 255]), 1024, { status: 'binary', reason: 'binary', base64: 'AAECAP8=' }],
    ['marks malformed UTF-8 as undecodable, with its bytes', new Uint8Array([0x68, 0x69, 0xff, 0xfe, 0x21]), 1024, { status: 'undecodable', base64: 'aGn//iE=' }],
    ['cuts text at the cap and says where', enc('abcdefgh'), 4, { status: 'truncated', reason: 'truncated at 4 bytes', text: 'abcd', size: 8, capturedBytes: 4 }],
    ['does not call a multi-byte character cut at the cap undecodable', enc('aé'), 2, { status: 'truncated', text: 'a' }],
  ])('%s', (_name, bytes, cap, expected) => {
    expect(decodeBytes(bytes, bytes.length, cap, 'raw')).toMatchObject(expected);
  });

  it('records a 64 MB binary body with its size and a reason, keeping only the cap', () => {
    const big = new Uint8Array(64 * 1024 * 1024);
    const body = decodeBytes(big, big.length, 1024 * 1024, 'raw');
    expect(body).toMatchObject({ status: 'binary', size: 64 * 1024 * 1024, capturedBytes: 1024 * 1024, reason: 'binary; truncated at 1048576 bytes' });
  });
});

describe('webRequest request bodies', () => {
  it.each([
    ['joins raw chunks', { raw: [{ bytes: buf(enc('{"a":')) }, { bytes: buf(enc('1}')) }] }, { kind: 'raw', status: 'ok', text: '{"a":1}', size: 7 }],
    ['serialises a parsed form', { formData: { q: ['red shoes'], n: ['1', '2'] } }, { kind: 'urlencoded', status: 'ok', text: 'q=red+shoes&n=1&n=2' }],
    ['explains a file reference it cannot read', { raw: [{ file: '/tmp/upload.bin' }] }, { status: 'unreadable', reason: 'file reference not readable: /tmp/upload.bin' }],
    ['keeps webRequest\'s own error as the reason', { error: 'Unsupported upload' }, { status: 'unreadable', reason: 'webRequest: Unsupported upload' }],
  ])('%s', (_name, input, expected) => {
    expect(bodyFromWebRequest(input, 1024)).toMatchObject(expected);
  });

  it('returns nothing for a request without a body', () => {
    expect(bodyFromWebRequest(undefined, 1024)).toBeUndefined();
  });

  it('keeps only the cap of a 64 MB raw upload and notes the truncation', () => {
    const body = bodyFromWebRequest({ raw: [{ bytes: new ArrayBuffer(64 * 1024 * 1024) }] }, 1024);
    expect(body).toMatchObject({ size: 64 * 1024 * 1024, capturedBytes: 1024, status: 'binary' });
  });
});

describe('hook bodies', () => {
  it('keeps the exact bytes of a binary body that also decodes as text', () => {
    const b64 = bytesToBase64(enc('hi'));
    expect(bodyFromHook({ kind: 'arraybuffer', status: 'ok', base64: b64, size: 2, capturedBytes: 2 }, 1024)).toMatchObject({ text: 'hi', base64: b64, status: 'ok' });
  });

  it('says so when the hook sent invalid base64', () => {
    expect(bodyFromHook({ kind: 'blob', status: 'ok', base64: '@@@', size: 3, capturedBytes: 3 }, 1024)).toMatchObject({ status: 'undecodable', reason: 'hook sent invalid base64' });
  });

  it('keeps the hook\'s truncation when it captured less than the whole body', () => {
    const b64 = bytesToBase64(enc('abcd'));
    expect(bodyFromHook({ kind: 'blob', status: 'truncated', base64: b64, size: 100, capturedBytes: 4 }, 1024)).toMatchObject({ status: 'truncated', size: 100, text: 'abcd' });
  });

  it('caps a text body longer than the background\'s cap', () => {
    const text = 'x'.repeat(5000);
    expect(bodyFromHook({ kind: 'text', status: 'ok', text, size: 5000, capturedBytes: 5000 }, 1024)).toMatchObject({ status: 'truncated', capturedBytes: 1024 });
  });
});
