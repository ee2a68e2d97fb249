import { describe, expect, it } from 'vitest';
import { parseHookEvent } from '@/utils/hook-event';

const request = {
  type: 'request',
  id: 'e1',
  time: 1,
  documentUrl: 'http://store.test/',
  initiator: { url: 'http://store.test/wp-content/plugins/x/a.js?ver=1.0', method: 'stack' },
  transport: 'fetch',
  url: 'https://api.openai.com/v1/chat/completions',
  method: 'POST',
  body: { kind: 'text', status: 'ok', text: '{}', size: 2, capturedBytes: 2 },
};

describe('hook event validation', () => {
  it.each([
    ['accepts a well-formed fetch event', request, true],
    ['rejects an unknown transport', { ...request, transport: 'carrier-pigeon' }, false],
    ['rejects an event without an id', { ...request, id: undefined }, false],
    ['rejects a body with an unknown status', { ...request, body: { ...request.body, status: 'fine' } }, false],
    ['rejects a non-object', 'hello', false],
  ])('%s', (_name, input, ok) => {
    expect(parseHookEvent(input) !== null).toBe(ok);
  });
});
