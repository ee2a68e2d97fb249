import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { HookEvent } from '@/utils/hook-event';
import { createOutbox, type OutboxOptions } from '@/utils/relay/outbox';

const event = (id: string, text = ''): HookEvent => ({
  type: 'request', id, time: 1, documentUrl: 'https://store.test/', initiator: { method: 'none' },
  transport: 'fetch', url: 'https://api.test/', method: 'POST', body: { kind: 'text', status: 'ok', text, size: text.length, capturedBytes: text.length },
});

const ids = (batch: HookEvent[]) => batch.map((e) => e.id);

function outbox(replies: Array<'ok' | 'reject' | 'hang' | 'bad'>, options: Partial<OutboxOptions> = {}) {
  const sent: string[][] = [];
  const box = createOutbox({
    setTimeout: (fn, ms) => setTimeout(fn, ms),
    clearTimeout: (h) => clearTimeout(h as ReturnType<typeof setTimeout>),
    send: (events) => {
      sent.push(ids(events));
      const reply = replies.shift() ?? 'ok';
      if (reply === 'reject') return Promise.reject(new Error('Could not establish connection. Receiving end does not exist.'));
      if (reply === 'hang') return new Promise(() => {});
      return Promise.resolve(reply === 'ok' ? { ok: true, accepted: events.length } : undefined);
    },
    ...options,
  });
  return { box, sent };
}

describe('relay outbox (confirm and resend)', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('sends what waits behind the in-flight limit at once when the page goes away (flush)', async () => {
    const { box, sent } = outbox(['hang'], { maxInFlight: 1 });
    box.start();
    box.add(event('a'));
    box.add(event('b'));
    box.add(event('c'));
    await vi.advanceTimersByTimeAsync(0);
    expect(sent).toEqual([['a']]);
    box.flush();
    expect(sent).toEqual([['a'], ['b', 'c']]);
    box.flush();
    expect(sent).toHaveLength(2); // nothing sent twice
  });

  it('flushes past a resend backoff too', async () => {
    const { box, sent } = outbox(['reject', 'hang']);
    box.start();
    box.add(event('a'));
    await vi.advanceTimersByTimeAsync(10); // rejected: a resend is scheduled after a backoff
    box.add(event('b'));
    expect(sent).toEqual([['a']]);
    box.flush();
    expect(sent).toEqual([['a'], ['a', 'b']]);
  });

  it('flushes nothing while the scope is unknown or the tab is not monitored', () => {
    const { box, sent } = outbox([]);
    box.add(event('a'));
    box.flush();
    box.close();
    box.flush();
    expect(sent).toEqual([]);
  });

  it('holds events until started, then sends them in one batch and drops them once confirmed', async () => {
    const { box, sent } = outbox(['ok']);
    box.add(event('a'));
    box.add(event('b'));
    await vi.advanceTimersByTimeAsync(5000);
    expect(sent).toEqual([]);
    box.start();
    await vi.advanceTimersByTimeAsync(0);
    expect(sent).toEqual([['a', 'b']]);
    expect(box.pending).toBe(0);
    await vi.advanceTimersByTimeAsync(10_000);
    expect(sent.length).toBe(1);
  });

  it.each([
    ['resends after a rejected send (service worker stopped)', 'reject' as const, 200],
    ['resends after a reply that is not {ok: true}', 'bad' as const, 200],
    ['resends when no reply arrives within the reply timeout', 'hang' as const, 3000 + 200],
  ])('%s', async (_name, failure, resendAfter) => {
    const { box, sent } = outbox([failure, 'ok']);
    box.start();
    box.add(event('a'));
    await vi.advanceTimersByTimeAsync(resendAfter - 1);
    expect(sent).toEqual([['a']]);
    expect(box.pending).toBe(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(sent).toEqual([['a'], ['a']]);
    expect(box.pending).toBe(0);
  });

  it('backs off from 200 ms doubling up to 2 s between failed resends', async () => {
    const { box, sent } = outbox(['reject', 'reject', 'reject', 'reject', 'reject', 'reject', 'ok']);
    box.start();
    box.add(event('a'));
    const times: number[] = [];
    for (let t = 0; t <= 8000 && sent.length < 7; t += 10) {
      const before = sent.length;
      await vi.advanceTimersByTimeAsync(10);
      if (sent.length > before) times.push(t + 10);
    }
    const gaps = times.map((t, i) => t - (i ? times[i - 1]! : 0));
    expect(gaps).toEqual([200, 400, 800, 1600, 2000, 2000]);
    expect(box.pending).toBe(0);
  });

  it('keeps events added during an outage and sends them with the resend', async () => {
    const { box, sent } = outbox(['reject', 'ok']);
    box.start();
    box.add(event('a'));
    await vi.advanceTimersByTimeAsync(50);
    box.add(event('b'));
    await vi.advanceTimersByTimeAsync(200);
    expect(sent).toEqual([['a'], ['a', 'b']]);
    expect(box.pending).toBe(0);
  });

  it('drops the oldest events beyond the count bound and reports them', async () => {
    const onDrop = vi.fn();
    const { box } = outbox([], { maxEvents: 3, onDrop });
    for (const id of ['a', 'b', 'c', 'd', 'e']) box.add(event(id));
    expect(box.pending).toBe(3);
    expect(onDrop).toHaveBeenCalledWith(1, 'queue full');
  });

  it('drops the oldest events beyond the byte bound', () => {
    const { box } = outbox([], { maxBytes: 6000 });
    for (const id of ['a', 'b', 'c']) box.add(event(id, 'x'.repeat(1000)));
    expect(box.pending).toBe(2);
  });

  it('splits large backlogs into batches', async () => {
    const { box, sent } = outbox([], { batchEvents: 2 });
    for (const id of ['a', 'b', 'c', 'd', 'e']) box.add(event(id));
    box.start();
    await vi.advanceTimersByTimeAsync(0);
    expect(sent).toEqual([['a', 'b'], ['c', 'd'], ['e']]);
  });

  it('drops held and later events once closed (tab not monitored)', async () => {
    const { box, sent } = outbox([]);
    box.add(event('a'));
    box.close();
    box.add(event('b'));
    box.start();
    await vi.advanceTimersByTimeAsync(1000);
    expect(sent).toEqual([]);
    expect(box.pending).toBe(0);
  });

  it('never throws when send itself throws', async () => {
    const box = createOutbox({
      setTimeout: (fn, ms) => setTimeout(fn, ms),
      clearTimeout: (h) => clearTimeout(h as ReturnType<typeof setTimeout>),
      send: () => {
        throw new Error('Extension context invalidated.');
      },
    });
    box.start();
    expect(() => box.add(event('a'))).not.toThrow();
    await vi.advanceTimersByTimeAsync(1000);
    expect(box.pending).toBe(1);
  });
});
