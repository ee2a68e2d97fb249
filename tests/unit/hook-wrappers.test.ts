import { describe, expect, it, vi } from 'vitest';
import type { HookEvent, HookFrameEvent, HookRequestEvent } from '@/utils/hook-event';
import { parseHookEvent } from '@/utils/hook-event';
import { installHook } from '@/utils/hook/install';

// The wrappers installed on a minimal fake window (Node's web globals plus fakes for the rest).

const DOC = 'https://store.test/checkout/';
const GLOBALS = ['crypto', 'TextEncoder', 'URL', 'URLSearchParams', 'CustomEvent', 'Event', 'EventTarget', 'Blob', 'File',
  'ReadableStream', 'ReadableStreamDefaultReader', 'Request', 'Response', 'Headers', 'FormData', 'btoa', 'setTimeout', 'queueMicrotask'];

function setup(members: Record<string, unknown>, cap: number | null = 1000) {
  const win: Record<string, unknown> = { location: { href: DOC }, origin: 'https://store.test', document: new EventTarget() };
  for (const name of GLOBALS) win[name] = (globalThis as Record<string, unknown>)[name];
  Object.assign(win, members);
  const events: HookEvent[] = [];
  installHook(win, { emit: (e) => events.push(e as HookEvent), bodyCap: () => cap });
  const settled = async (n: number) => {
    await vi.waitFor(() => expect(events.length).toBeGreaterThanOrEqual(n));
    for (const event of events) expect(parseHookEvent(event), JSON.stringify(event)).not.toBeNull();
    return events;
  };
  return { win: win as Record<string, any>, events, settled };
}

describe('fetch wrapper', () => {
  it('returns the very promise the original returned and records the call', async () => {
    const promise = Promise.resolve(new Response('ok'));
    const original = vi.fn((_input: unknown, _init?: unknown) => promise);
    const { win, settled } = setup({ fetch: original });
    const result = win.fetch('/wp-json/ai/chat', { method: 'post', headers: { 'X-Key': 'k' }, body: '{"q":"hi"}' });
    expect(result).toBe(promise);
    expect(original).toHaveBeenCalledWith('/wp-json/ai/chat', { method: 'post', headers: { 'X-Key': 'k' }, body: '{"q":"hi"}' });
    const [event] = (await settled(1)) as HookRequestEvent[];
    expect(event).toMatchObject({
      type: 'request', transport: 'fetch', url: 'https://store.test/wp-json/ai/chat', method: 'POST', documentUrl: DOC,
      headers: [['x-key', 'k']], body: { kind: 'text', status: 'ok', text: '{"q":"hi"}' },
    });
  });

  it('keeps the original name and length', () => {
    function fetch(_input: unknown, _init?: unknown) {
      return Promise.resolve();
    }
    const { win } = setup({ fetch });
    expect(win.fetch).not.toBe(fetch);
    expect([win.fetch.name, win.fetch.length]).toEqual(['fetch', 2]);
  });

  it('rethrows the exception the original throws synchronously, and records nothing', () => {
    const error = new TypeError('Illegal invocation');
    const { win, events } = setup({ fetch: () => { throw error; } });
    expect(() => win.fetch('https://api.test/')).toThrow(error);
    expect(events).toEqual([]);
  });

  it.each([
    ['an invalid URL', ['http://[bad']],
    ['a GET with a body', ['https://api.test/', { body: 'x' }]],
    ['no arguments', []],
  ])('records nothing for a call fetch rejects without a request: %s', async (_name, args) => {
    const promise = Promise.reject(new TypeError('Failed to fetch'));
    promise.catch(() => undefined);
    const { win, events } = setup({ fetch: () => promise });
    expect(win.fetch(...args)).toBe(promise);
    await new Promise((r) => setTimeout(r, 5));
    expect(events).toEqual([]);
  });

  it('calls the original unchanged when capture itself fails', async () => {
    const promise = Promise.resolve();
    const original = vi.fn(() => promise);
    const { win } = setup({ fetch: original });
    const init = { get body(): string { throw new Error('page getter'); } };
    expect(win.fetch('https://api.test/', init)).toBe(promise);
    expect(original.mock.calls[0]).toEqual(['https://api.test/', init]);
  });

  it('reads a Request body from a clone taken before the real fetch, which can still read it', async () => {
    let sent = '';
    const { win, settled } = setup({ fetch: async (request: Request) => void (sent = await request.text()) });
    await win.fetch(new Request('https://api.openai.com/v1/chat', { method: 'POST', body: 'prompt', headers: { 'content-type': 'text/plain' } }));
    expect(sent).toBe('prompt');
    const [event] = (await settled(1)) as HookRequestEvent[];
    expect(event).toMatchObject({ url: 'https://api.openai.com/v1/chat', method: 'POST', body: { kind: 'request', base64: 'cHJvbXB0' } });
    expect(event!.headers).toEqual([['content-type', 'text/plain']]);
  });

  it('hands a tee branch of a streamed body to the real fetch with the page’s other options', async () => {
    const page = new ReadableStream({ start: (c) => (c.enqueue(new TextEncoder().encode('streamed')), c.close()) });
    let seen: { body: unknown; duplex: unknown; method: unknown; text?: string } | undefined;
    const { win, settled } = setup({
      fetch: async (_url: string, init: RequestInit & { duplex?: string }) => {
        seen = { body: init.body, duplex: init.duplex, method: init.method };
        seen.text = await new Response(init.body).text();
      },
    });
    await win.fetch('https://api.test/upload', { method: 'POST', body: page, duplex: 'half' });
    expect(seen).toMatchObject({ duplex: 'half', method: 'POST', text: 'streamed' });
    expect(seen!.body).not.toBe(page);
    expect((await settled(1))[0]!.body).toMatchObject({ kind: 'stream', status: 'ok', base64: 'c3RyZWFtZWQ=' });
  });

  it('sends nothing (and takes no stack trace) while the tab is not monitored, yet the call still goes through', async () => {
    const calls: unknown[][] = [];
    const { win, events } = setup({ fetch: async (...args: unknown[]) => void calls.push(args) }, null);
    await win.fetch('https://api.test/', { method: 'POST', body: 'secret' });
    await new Promise((r) => setTimeout(r, 20));
    expect(events).toEqual([]);
    expect(calls).toEqual([['https://api.test/', { method: 'POST', body: 'secret' }]]);
  });

  it('is not affected by a page replacing built-ins after injection', async () => {
    const { win, settled } = setup({ fetch: async () => undefined });
    const saved = { slice: Blob.prototype.slice };
    Blob.prototype.slice = () => { throw new Error('page'); };
    try {
      await win.fetch('https://api.test/', { method: 'POST', body: new Blob(['blob!']) });
    } finally {
      Blob.prototype.slice = saved.slice;
    }
    expect((await settled(1))[0]!.body).toMatchObject({ kind: 'blob', status: 'ok', base64: 'YmxvYiE=' });
  });
});

describe('XMLHttpRequest, sendBeacon, WebSocket and EventSource wrappers', () => {
  class FakeXHR {
    opened = false;
    sent: unknown;
    open(_method: string, _url: string) {
      this.opened = true;
    }
    setRequestHeader(_name: string, _value: string) {}
    send(body?: unknown) {
      if (!this.opened) throw new DOMException('not opened', 'InvalidStateError');
      this.sent = body;
      return 'sync-result';
    }
  }

  it('records XHR method and URL at open, headers as set, body at send', async () => {
    const { win, settled } = setup({ XMLHttpRequest: FakeXHR });
    const xhr = new win.XMLHttpRequest();
    xhr.open('post', '../api/track?x=1');
    xhr.setRequestHeader('X-Token', 'abc');
    expect(xhr.send('email=a%40b.test')).toBe('sync-result');
    expect(xhr.sent).toBe('email=a%40b.test');
    expect((await settled(1))[0]).toMatchObject({
      transport: 'xhr', method: 'POST', url: 'https://store.test/api/track?x=1', headers: [['X-Token', 'abc']],
      body: { kind: 'text', text: 'email=a%40b.test' },
    });
  });

  it('lets XHR exceptions reach the page unchanged and records nothing', () => {
    const { win, events } = setup({ XMLHttpRequest: FakeXHR });
    expect(() => new win.XMLHttpRequest().send('x')).toThrow(/not opened/);
    expect(events).toEqual([]);
  });

  it('ignores the body of an XHR GET, as the browser does', async () => {
    const { win, settled } = setup({ XMLHttpRequest: FakeXHR });
    const xhr = new win.XMLHttpRequest();
    xhr.open('GET', 'https://cdn.test/a');
    xhr.send('ignored');
    expect((await settled(1))[0]!.body).toBeUndefined();
  });

  it.each([
    ['records a beacon the browser queued', true, 1],
    ['skips a beacon the browser refused', false, 0],
  ])('%s', async (_name, accepted, count) => {
    class Navigator {
      sendBeacon(_url: string, _data?: unknown) {
        return accepted;
      }
    }
    const { win, events } = setup({ Navigator });
    expect(new Navigator().sendBeacon('https://collect.test/b', 'payload')).toBe(accepted);
    await new Promise((r) => setTimeout(r, 10));
    expect(events.length).toBe(count);
    if (count) expect(events[0]).toMatchObject({ transport: 'beacon', method: 'POST', url: 'https://collect.test/b', body: { text: 'payload' } });
    expect(win.Navigator).toBe(Navigator);
  });

  class FakeSocket {
    static OPEN = 1;
    #url: string;
    constructor(url: string, _protocols?: string | string[]) {
      this.#url = new URL(url, DOC).href;
    }
    get url() {
      return this.#url;
    }
    send(_data: unknown) {}
  }

  it('records a WebSocket and ties each sent frame to it, keeping instanceof and statics', async () => {
    const { win, settled } = setup({ WebSocket: FakeSocket });
    const socket = new win.WebSocket('wss://chat.ai.test/ws', ['v1', 'v2']);
    expect(socket).toBeInstanceOf(FakeSocket);
    expect(socket).toBeInstanceOf(win.WebSocket);
    expect(socket.constructor).toBe(win.WebSocket);
    expect(win.WebSocket.OPEN).toBe(1);
    socket.send('hello');
    socket.send(new Uint8Array([1, 2]));
    const [open, text, binary] = await settled(3);
    expect(open).toMatchObject({ type: 'request', transport: 'websocket', method: 'GET', url: 'wss://chat.ai.test/ws', protocols: ['v1', 'v2'] });
    expect(text).toMatchObject({ type: 'ws-frame', socketId: open!.id, direction: 'send', body: { text: 'hello' } });
    expect((binary as HookFrameEvent).body).toMatchObject({ kind: 'typedarray', base64: 'AQI=' });
  });

  it('keeps WebSocket subclassing and the call-without-new TypeError', () => {
    const { win } = setup({ WebSocket: FakeSocket });
    class Mine extends (win.WebSocket as typeof FakeSocket) {}
    expect(new Mine('wss://x.test/')).toBeInstanceOf(Mine);
    expect(() => win.WebSocket('wss://x.test/')).toThrow(TypeError);
  });

  it('records an EventSource as a GET', async () => {
    class FakeEventSource {
      constructor(readonly url: string) {}
    }
    const { win, settled } = setup({ EventSource: FakeEventSource });
    new win.EventSource('https://stream.ai.test/sse');
    expect((await settled(1))[0]).toMatchObject({ transport: 'eventsource', method: 'GET', url: 'https://stream.ai.test/sse' });
  });
});
