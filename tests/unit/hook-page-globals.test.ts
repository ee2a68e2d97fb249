import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { parsePageFact } from '@/utils/hook-event';
import { captureBuiltins } from '@/utils/hook/builtins';
import { installHook } from '@/utils/hook/install';
import { snapshot } from '@/utils/hook/snapshot';
import { customerSnapshot } from '@/utils/hook/watch-page';

// Page globals read in the MAIN world after load: data properties only (no page getter runs),
// bounded, never throwing; consent re-read on the consent tools' events, at most every 300 ms.

const B = captureBuiltins(globalThis as unknown as Record<string, unknown>);
const GLOBALS = ['crypto', 'URL', 'CustomEvent', 'Event', 'EventTarget', 'setTimeout', 'queueMicrotask', 'Response', 'ReadableStream'];

function page(members: Record<string, unknown>, { complete = false, cap = 1000 as number | null } = {}) {
  const document = Object.assign(new EventTarget(), { readyState: complete ? 'complete' : 'loading' });
  const win = Object.assign(new EventTarget(), { location: { href: 'http://store.test/checkout/' }, origin: 'http://store.test', document }) as unknown as EventTarget & Record<string, unknown>;
  for (const name of GLOBALS) win[name] = (globalThis as Record<string, unknown>)[name];
  Object.assign(win, members);
  const events: { type: string; snapshot?: string }[] = [];
  installHook(win, { emit: (e) => events.push(e as { type: string }), bodyCap: () => cap });
  const facts = (type: string) => events.filter((e) => e.type === type).map((e) => {
    expect(parsePageFact(e)).not.toBeNull();
    return JSON.parse(e.snapshot!) as Record<string, any>;
  });
  return { win, document, events, facts };
}

describe('bounded snapshot of a page value', () => {
  it('never calls a getter, and survives throwing proxies and revoked ones', () => {
    const getter = vi.fn(() => 'secret');
    const value = { email: 'a@example.org', get computed() { return getter(); } };
    const thrower = new Proxy({}, { ownKeys: () => { throw new Error('page'); } });
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    expect(snapshot(B, { value, thrower, proxy })).toEqual({ value: { email: 'a@example.org' } });
    expect(getter).not.toHaveBeenCalled();
  });

  it('ends cycles at the depth limit and caps keys, items, strings and nodes', () => {
    const cyclic: Record<string, unknown> = { name: 'loop' };
    cyclic.self = cyclic;
    const copy = snapshot(B, cyclic) as Record<string, any>;
    expect(copy.self.self.self).toEqual({ name: 'loop' });
    const huge = { list: Array.from({ length: 100_000 }, (_, i) => i), long: 'x'.repeat(10_000), ...Object.fromEntries(Array.from({ length: 1000 }, (_, i) => [`k${i}`, i])) };
    const small = snapshot(B, huge) as Record<string, unknown>;
    expect(JSON.stringify(small).length).toBeLessThan(2000);
    expect(small.long).toBeUndefined();
  });

  it('reads the customer globals from their known places only', () => {
    const win = { intercomSettings: { email: 'a@example.org', app_id: 'x' }, unrelated: { email: 'b@example.org' }, Tawk_API: { visitor: { name: 'A B' } } };
    const doc = { tidioIdentify: { email: 'c@example.org' } };
    expect(customerSnapshot(B, win, doc)).toEqual({
      intercomSettings: { email: 'a@example.org', app_id: 'x' }, 'Tawk_API.visitor': { name: 'A B' }, '#document.tidioIdentify': { email: 'c@example.org' },
    });
    expect(customerSnapshot(B, {}, {})).toBeNull();
  });
});

describe('page globals after load', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('reads nothing before load, then the customer and the consent state once the page is idle', async () => {
    const p = page({ intercomSettings: { email: 'sven@example.se', name: 'Sven Åberg' }, Cookiebot: { hasResponse: false, consent: { marketing: false } } });
    await vi.advanceTimersByTimeAsync(1000);
    expect(p.events).toEqual([]);
    p.win.dispatchEvent(new Event('load'));
    await vi.advanceTimersByTimeAsync(10);
    expect(p.facts('page-customer')).toEqual([{ intercomSettings: { email: 'sven@example.se', name: 'Sven Åberg' } }]);
    expect(p.facts('consent-globals')).toEqual([{ globals: { Cookiebot: { hasResponse: false, consent: { marketing: false } } } }]);
  });

  it('reads consent again on a consent tool\'s event, at most every 300 ms, sending only changes', async () => {
    const cookiebot = { hasResponse: false, consent: { statistics: false, marketing: false, preferences: false } };
    const p = page({ Cookiebot: cookiebot }, { complete: true });
    await vi.advanceTimersByTimeAsync(10);
    cookiebot.hasResponse = true;
    cookiebot.consent = { statistics: true, marketing: true, preferences: true };
    p.win.dispatchEvent(new Event('CookiebotOnAccept'));
    p.document.dispatchEvent(new Event('CookiebotOnAccept'));
    await vi.advanceTimersByTimeAsync(100);
    expect(p.facts('consent-globals').length).toBe(1);
    await vi.advanceTimersByTimeAsync(300);
    expect(p.facts('consent-globals').map((f) => f.globals.Cookiebot.hasResponse)).toEqual([false, true]);
    p.win.dispatchEvent(new Event('CookiebotOnAccept'));
    await vi.advanceTimersByTimeAsync(1000);
    expect(p.facts('consent-globals').length).toBe(2);
  });

  it('follows IAB TCF through a listener it registers once', async () => {
    let listener: ((data: unknown, ok: boolean) => void) | undefined;
    let data: Record<string, unknown> = { gdprApplies: true, eventStatus: 'cmpuishown', listenerId: 3, purpose: { consents: {} } };
    const __tcfapi = vi.fn((command: string, _v: number, cb: (d: unknown, ok: boolean) => void) => {
      if (command === 'addEventListener') {
        if (!listener) listener = cb;
        cb(data, true);
      }
    });
    const p = page({ __tcfapi }, { complete: true });
    await vi.advanceTimersByTimeAsync(10);
    data = { gdprApplies: true, eventStatus: 'useractioncomplete', listenerId: 3, purpose: { consents: { 1: true, 3: true, 4: true, 5: true, 6: true, 8: true } } };
    listener!(data, true);
    await vi.advanceTimersByTimeAsync(400);
    expect(p.facts('consent-globals').map((f) => f.tcf.eventStatus)).toEqual(['cmpuishown', 'useractioncomplete']);
  });

  it.each([
    ['a page without consent tools or customer globals', {}, 1000],
    ['a tab that is not monitored', { intercomSettings: { email: 'a@example.org' }, Cookiebot: { hasResponse: true } }, null],
  ])('sends nothing for %s', async (_name, members, cap) => {
    const p = page(members, { complete: true, cap });
    await vi.advanceTimersByTimeAsync(1000);
    expect(p.events).toEqual([]);
  });

  it('never throws into the page when every global is hostile', async () => {
    const hostile = new Proxy({}, { get: () => { throw new Error('page'); }, getOwnPropertyDescriptor: () => { throw new Error('page'); }, ownKeys: () => { throw new Error('page'); } });
    const members: Record<string, unknown> = { intercomSettings: hostile, Cookiebot: hostile, dataLayer: hostile, __tcfapi: () => { throw new Error('cmp'); } };
    const p = page(members, { complete: true });
    Object.defineProperty(p.win, 'complianz', { get: () => { throw new Error('getter'); } });
    await vi.advanceTimersByTimeAsync(1000);
    p.win.dispatchEvent(new Event('cmplz_status_change'));
    await vi.advanceTimersByTimeAsync(1000);
    expect(p.facts('page-customer')).toEqual([]);
  });
});
