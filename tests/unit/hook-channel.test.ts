import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ContentMessage, HookEventsMessage } from '@/utils/messages';
import { HELLO_EVENT, READY_EVENT, configEventName } from '@/utils/page-channel';
import { installHook } from '@/utils/hook/install';
import { createRelay } from '@/utils/relay/relay';
import { documentPort } from '@/utils/relay/dom-port';

// The hook and the relay talking over one fake document, as the two worlds do.

const GLOBALS = ['crypto', 'TextEncoder', 'URL', 'URLSearchParams', 'CustomEvent', 'Event', 'EventTarget', 'Blob', 'File',
  'ReadableStream', 'ReadableStreamDefaultReader', 'Request', 'Response', 'Headers', 'FormData', 'btoa', 'setTimeout', 'queueMicrotask'];

function page(fetch: (...args: unknown[]) => unknown) {
  const document = new EventTarget();
  const win: Record<string, unknown> = { location: { href: 'https://store.test/' }, origin: 'https://store.test', document, fetch };
  for (const name of GLOBALS) win[name] = (globalThis as Record<string, unknown>)[name];
  return { win: win as Record<string, any>, document };
}

function relayOn(document: EventTarget, monitored: boolean) {
  const messages: ContentMessage[] = [];
  createRelay({
    ...documentPort(document as Document),
    send: async (message) => {
      messages.push(message);
      return message.type === 'scope' ? { monitored, bodyCap: 8 } : { ok: true, accepted: 1 };
    },
    setTimeout: (fn, ms) => setTimeout(fn, ms),
    clearTimeout: (h) => clearTimeout(h as ReturnType<typeof setTimeout>),
  });
  const sent = () => messages.filter((m): m is HookEventsMessage => m.type === 'hook-events').flatMap((m) => m.events);
  return { sent };
}

describe('page channel between hook and relay', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('queues events made before the relay exists and delivers them after the handshake', async () => {
    const { win, document } = page(() => Promise.resolve());
    installHook(win);
    win.fetch('https://api.openai.com/v1/chat/completions', { method: 'POST', body: 'early' });
    const relay = relayOn(document, true);
    await vi.advanceTimersByTimeAsync(0);
    win.fetch('https://api.openai.com/v1/chat/completions', { method: 'POST', body: 'a longer late body' });
    await vi.advanceTimersByTimeAsync(0);
    const events = relay.sent();
    expect(events.map((e) => e.body?.text)).toEqual(['early', 'a longer']);
    expect(events[1]!.body).toMatchObject({ status: 'truncated', capturedBytes: 8 });
  });

  it('works the same when the relay starts first', async () => {
    const { win, document } = page(() => Promise.resolve());
    const relay = relayOn(document, true);
    installHook(win);
    win.fetch('https://api.test/', { method: 'POST', body: 'x' });
    await vi.advanceTimersByTimeAsync(0);
    expect(relay.sent().length).toBe(1);
  });

  it('stops copying bodies once told the tab is not monitored, and nothing reaches the background', async () => {
    const { win, document } = page(() => Promise.resolve());
    const seen: string[] = [];
    installHook(win);
    const relay = relayOn(document, false);
    await vi.advanceTimersByTimeAsync(0);
    document.addEventListener(HELLO_EVENT, (e) => seen.push((e as CustomEvent).detail));
    document.dispatchEvent(new CustomEvent(READY_EVENT));
    win.fetch('https://api.test/', { method: 'POST', body: 'x' });
    await vi.advanceTimersByTimeAsync(0);
    expect(relay.sent()).toEqual([]);
    expect(seen).toEqual([]); // after the handshake, READY no longer reveals the channel
  });

  it('announces a random channel name at start and on ready, then sends events on it once configured', async () => {
    const { win, document } = page(() => Promise.resolve());
    const hellos: string[] = [];
    document.addEventListener(HELLO_EVENT, (e) => hellos.push((e as CustomEvent).detail));
    installHook(win);
    document.dispatchEvent(new CustomEvent(READY_EVENT));
    expect(hellos.length).toBe(2);
    expect(hellos[0]).toMatch(/^[0-9a-f-]{36}$/);
    expect(hellos[1]).toBe(hellos[0]);
    const batches: string[] = [];
    document.addEventListener(hellos[0]!, (e) => batches.push((e as CustomEvent).detail));
    document.dispatchEvent(new CustomEvent(configEventName(hellos[0]!), { detail: '{"capture":true,"bodyCap":4}' }));
    win.fetch('https://api.test/', { method: 'POST', body: 'abcdef' });
    expect(batches).toEqual([]); // serialised after the page's call returns
    await Promise.resolve();
    expect(JSON.parse(batches[0]!).events[0].body.text).toBe('abcd');
  });
});
