import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ContentMessage } from '@/utils/messages';
import { HELLO_EVENT, READY_EVENT, configEventName } from '@/utils/page-channel';
import { createRelay, type RelayDeps } from '@/utils/relay/relay';

const CHANNEL = '3b241101-e2bb-4255-8caa-0123456789ab';
const valid = (id: string) => ({
  type: 'request', id, time: 1, documentUrl: 'https://store.test/', initiator: { method: 'stack', url: 'https://cdn.test/a.js' },
  transport: 'beacon', url: 'https://collect.test/', method: 'POST',
});
const batch = (...events: unknown[]) => JSON.stringify({ events });

type Scope = { monitored: boolean; bodyCap: number } | 'reject';

function harness(scopes: Scope[], consent?: RelayDeps['consent'], outbox?: RelayDeps['outbox']) {
  const listeners = new Map<string, (detail: unknown) => void>();
  let pageHide: (() => void) | undefined;
  const dispatched: [string, string][] = [];
  const messages: ContentMessage[] = [];
  const deps: RelayDeps = {
    listen: (type, fn) => void listeners.set(type, fn),
    dispatch: (type, detail) => void dispatched.push([type, detail]),
    send: async (message) => {
      messages.push(message);
      if (message.type === 'hook-events') return { ok: true, accepted: message.events.length };
      const scope = scopes.shift() ?? 'reject';
      if (scope === 'reject') throw new Error('Could not establish connection. Receiving end does not exist.');
      return scope;
    },
    setTimeout: (fn, ms) => setTimeout(fn, ms),
    clearTimeout: (h) => clearTimeout(h as ReturnType<typeof setTimeout>),
    ...(consent ? { consent } : {}),
    ...(outbox ? { outbox } : {}),
    onPageHide: (fn) => void (pageHide = fn),
  };
  const relay = createRelay(deps);
  const fire = (type: string, detail: unknown) => listeners.get(type)?.(detail);
  const eventMessages = () => messages.filter((m) => m.type === 'hook-events');
  return { relay, fire, dispatched, messages, eventMessages, hide: () => pageHide?.() };
}

describe('relay core', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('announces itself, accepts the first hello only, and answers on the channel’s config event', async () => {
    const h = harness([{ monitored: true, bodyCap: 4096 }]);
    expect(h.dispatched[0]).toEqual([READY_EVENT, '']);
    h.fire(HELLO_EVENT, CHANNEL);
    h.fire(HELLO_EVENT, '00000000-0000-4000-8000-000000000000');
    expect(h.relay.channel).toBe(CHANNEL);
    expect(h.dispatched[1]).toEqual([configEventName(CHANNEL), JSON.stringify({ capture: true, bodyCap: 1024 * 1024, otherStoreHosts: true })]);
    await vi.advanceTimersByTimeAsync(0);
    expect(h.dispatched[2]).toEqual([configEventName(CHANNEL), JSON.stringify({ capture: true, bodyCap: 4096, otherStoreHosts: false })]);
  });

  it('sends every waiting event when the page is hidden or closed, past the in-flight limit', async () => {
    const h = harness([{ monitored: true, bodyCap: 1 }], undefined, { maxInFlight: 1 });
    await vi.advanceTimersByTimeAsync(0);
    h.fire(HELLO_EVENT, CHANNEL);
    h.fire(CHANNEL, batch(valid('a')));
    h.fire(CHANNEL, batch(valid('b')));
    expect(h.eventMessages()).toHaveLength(1); // 'b' waits for the reply to 'a'
    h.hide();
    expect(h.eventMessages().map((m) => (m.type === 'hook-events' ? m.events.map((e) => e.id) : []))).toEqual([['a'], ['b']]);
  });

  it.each([
    ['a non-string hello', { channel: CHANNEL }],
    ['a hello that is not a UUID', 'leakscope'],
  ])('ignores %s', (_name, detail) => {
    const h = harness([{ monitored: true, bodyCap: 1 }]);
    h.fire(HELLO_EVENT, detail);
    expect(h.relay.channel).toBeNull();
  });

  it('forwards valid events of a monitored tab and drops invalid ones, counting them', async () => {
    const h = harness([{ monitored: true, bodyCap: 4096 }]);
    h.fire(HELLO_EVENT, CHANNEL);
    h.fire(CHANNEL, batch(valid('e1'), { ...valid('e2'), transport: 'pigeon' }, valid('e3')));
    h.fire(CHANNEL, 'not json');
    h.fire(CHANNEL, { events: [valid('e4')] });
    await vi.advanceTimersByTimeAsync(0);
    expect(h.relay.invalid).toBe(3);
    expect(h.eventMessages().flatMap((m) => (m.type === 'hook-events' ? m.events.map((e) => e.id) : []))).toEqual(['e1', 'e3']);
  });

  it('drops events of a tab that is not monitored and tells the hook to stop capturing bodies', async () => {
    const h = harness([{ monitored: false, bodyCap: 4096 }]);
    h.fire(HELLO_EVENT, CHANNEL);
    h.fire(CHANNEL, batch(valid('early')));
    await vi.advanceTimersByTimeAsync(0);
    h.fire(CHANNEL, batch(valid('late')));
    await vi.advanceTimersByTimeAsync(10_000);
    expect(h.eventMessages()).toEqual([]);
    expect(h.relay.pending).toBe(0);
    expect(h.dispatched.at(-1)).toEqual([configEventName(CHANNEL), JSON.stringify({ capture: false, bodyCap: 4096, otherStoreHosts: false })]);
  });

  it('retries the scope question with backoff while the background is not ready, holding events', async () => {
    const h = harness(['reject', 'reject', { monitored: true, bodyCap: 100 }]);
    h.fire(HELLO_EVENT, CHANNEL);
    h.fire(CHANNEL, batch(valid('held')));
    await vi.advanceTimersByTimeAsync(0);
    expect(h.relay.scope).toBe('pending');
    expect(h.eventMessages()).toEqual([]);
    await vi.advanceTimersByTimeAsync(200 + 400);
    expect(h.messages.filter((m) => m.type === 'scope').length).toBe(3);
    expect(h.relay.scope).toEqual({ monitored: true, bodyCap: 100, storeHosts: [] });
    expect(h.eventMessages().length).toBe(1);
  });

  it('gives up on the scope after a few attempts and drops what it held', async () => {
    const h = harness([]);
    h.fire(HELLO_EVENT, CHANNEL);
    h.fire(CHANNEL, batch(valid('held')));
    await vi.advanceTimersByTimeAsync(60_000);
    expect(h.relay.scope).toBeNull();
    expect(h.messages.filter((m) => m.type === 'scope').length).toBe(8);
    expect(h.relay.pending).toBe(0);
  });

  it('stamps each event with the page\'s consent state as it arrives, and survives a reader that throws', async () => {
    let reads = 0;
    const h = harness([{ monitored: true, bodyCap: 4096 }], () => {
      if (++reads === 2) throw new Error('cookie read failed');
      return { cmp: 'cookie-notice', state: 'refused' };
    });
    h.fire(HELLO_EVENT, CHANNEL);
    h.fire(CHANNEL, batch(valid('a')));
    h.fire(CHANNEL, batch(valid('b')));
    await vi.advanceTimersByTimeAsync(0);
    const events = h.eventMessages().flatMap((m) => (m.type === 'hook-events' ? m.events : []));
    expect(events.map((e) => [e.id, e.consent ?? null])).toEqual([['a', { cmp: 'cookie-notice', state: 'refused' }], ['b', null]]);
  });
});
