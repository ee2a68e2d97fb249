import { describe, expect, it } from 'vitest';
import { parseHookEvent } from '@/utils/hook-event';
import { hasEventEnvelope } from '@/utils/relay/envelope';

const request = {
  type: 'request', id: 'r1', time: 1, documentUrl: 'https://store.test/', initiator: { method: 'stack', url: 'https://cdn.test/a.js' },
  transport: 'fetch', url: 'https://api.openai.com/v1/chat/completions', method: 'POST',
  body: { kind: 'text', status: 'ok', text: '{"q":"hi"}', size: 10, capturedBytes: 10 },
};
const frame = {
  type: 'ws-frame', id: 'f1', time: 2, documentUrl: 'https://store.test/', initiator: { method: 'none' }, socketId: 'r1',
  url: 'wss://realtime.test/', direction: 'send', body: { kind: 'text', status: 'ok', text: 'hi', size: 2, capturedBytes: 2 },
};

describe('the relay’s envelope check of hook events', () => {
  it.each([
    ['a request event', request],
    ['a request event without a body', { ...request, body: undefined }],
    ['a socket frame event', frame],
    ['a form body with parts', { ...request, body: { ...request.body, kind: 'formdata', parts: [{ name: 'q', value: 'x' }, { name: 'f', file: { name: 'a', type: '', size: 1 } }] } }],
  ])('passes %s, which the background’s full check accepts too', (_name, event) => {
    expect(hasEventEnvelope(event)).toBe(true);
    expect(parseHookEvent(event)).not.toBeNull();
  });

  it.each([
    ['not an object', 'request'],
    ['null', null],
    ['an unknown type', { ...request, type: 'telegram' }],
    ['a page fact', { type: 'consent-globals', id: 'c', time: 1, documentUrl: 'https://store.test/', snapshot: '{}' }],
    ['no id', { ...request, id: undefined }],
    ['an id over 100 characters', { ...request, id: 'x'.repeat(101) }],
    ['a time that is not a number', { ...request, time: '1' }],
    ['a URL over 64 KB', { ...request, url: `https://a.test/?${'x'.repeat(64 * 1024)}` }],
    ['no document URL', { ...request, documentUrl: undefined }],
    ['an unknown transport', { ...request, transport: 'pigeon' }],
    ['a body that is a string', { ...request, body: 'hi' }],
    ['a body text that is not a string', { ...request, body: { ...request.body, text: 42 } }],
    ['form parts that are not a list', { ...request, body: { ...request.body, parts: 'a=b' } }],
    ['a form part without a name', { ...request, body: { ...request.body, parts: [{ value: 'x' }] } }],
    ['a frame without its socket id', { ...frame, socketId: undefined }],
    ['a frame without a body', { ...frame, body: undefined }],
  ])('rejects %s', (_name, item) => {
    expect(hasEventEnvelope(item)).toBe(false);
  });
});
