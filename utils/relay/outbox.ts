import type { HookEvent } from '../hook-event';
import { nextBackoff, type Timers } from './timers';
import { estimateSize } from './validate';

// Events wait here until the background confirms them ({ok: true}). A rejected send (worker
// stopped: "message port closed", "Could not establish connection") or no reply in time puts
// them back for a resend with backoff; the background dedupes on event id, so resending is safe.

export interface OutboxOptions extends Timers {
  send(events: HookEvent[]): Promise<unknown>;
  maxEvents?: number;
  maxBytes?: number;
  batchEvents?: number;
  batchBytes?: number;
  replyTimeoutMs?: number;
  minBackoffMs?: number;
  maxBackoffMs?: number;
  maxInFlight?: number;
  onDrop?(count: number, why: string): void;
}

interface Entry {
  event: HookEvent;
  size: number;
  inFlight: boolean;
  done: boolean;
}

export interface Outbox {
  add(event: HookEvent): void;
  /** Starts sending (scope known and monitored); until then events are held. */
  start(): void;
  /** Drops everything held and everything added later (tab not monitored). */
  close(): void;
  /** The page is going away: sends every event not yet sent at once, past the in-flight limit and any backoff. */
  flush(): void;
  readonly pending: number;
}

export function createOutbox(o: OutboxOptions): Outbox {
  const maxEvents = o.maxEvents ?? 5000;
  const maxBytes = o.maxBytes ?? 50 * 1024 * 1024;
  const batchEvents = o.batchEvents ?? 200;
  const batchBytes = o.batchBytes ?? 8 * 1024 * 1024;
  const minBackoff = o.minBackoffMs ?? 200;
  const maxBackoff = o.maxBackoffMs ?? 2000;
  let queue: Entry[] = [];
  let bytes = 0;
  let state: 'hold' | 'send' | 'closed' = 'hold';
  let inFlight = 0;
  let backoff = 0;
  let retryTimer: unknown = null;

  const drop = (count: number, why: string) => count > 0 && o.onDrop?.(count, why);

  const settle = (batch: Entry[]) => {
    for (const entry of batch) {
      if (!entry.done) bytes -= entry.size;
      entry.done = true;
    }
    queue = queue.filter((entry) => !entry.done);
  };

  function sendBatch(batch: Entry[]): void {
    inFlight++;
    let settled = false;
    const finish = (ok: boolean) => {
      if (settled) return;
      settled = true;
      o.clearTimeout(timer);
      inFlight--;
      if (ok) {
        settle(batch);
        backoff = 0;
        pump();
        return;
      }
      for (const entry of batch) entry.inFlight = false;
      scheduleRetry();
    };
    const timer = o.setTimeout(() => finish(false), o.replyTimeoutMs ?? 3000);
    try {
      o.send(batch.map((entry) => entry.event)).then(
        (reply) => finish((reply as { ok?: unknown } | undefined)?.ok === true),
        () => finish(false),
      );
    } catch {
      finish(false);
    }
  }

  function scheduleRetry(): void {
    if (retryTimer !== null || state !== 'send') return;
    backoff = nextBackoff(backoff, minBackoff, maxBackoff);
    retryTimer = o.setTimeout(() => {
      retryTimer = null;
      pump();
    }, backoff);
  }

  function pump(now = false): void {
    if (state !== 'send' || (retryTimer !== null && !now)) return;
    while (now || (inFlight < (o.maxInFlight ?? 4) && retryTimer === null)) {
      const batch: Entry[] = [];
      let size = 0;
      for (const entry of queue) {
        if (entry.inFlight || entry.done) continue;
        if (batch.length && (batch.length >= batchEvents || size + entry.size > batchBytes)) break;
        entry.inFlight = true;
        batch.push(entry);
        size += entry.size;
      }
      if (!batch.length) return;
      sendBatch(batch);
    }
  }

  return {
    add(event) {
      if (state === 'closed') {
        drop(1, 'not monitored');
        return;
      }
      const entry: Entry = { event, size: estimateSize(event), inFlight: false, done: false };
      queue.push(entry);
      bytes += entry.size;
      // Over the bounds: the oldest events go first.
      let dropped = 0;
      while (queue.length > 1 && (queue.length > maxEvents || bytes > maxBytes)) {
        const old = queue.shift()!;
        old.done = true;
        bytes -= old.size;
        dropped++;
      }
      drop(dropped, 'queue full');
      pump();
    },
    start() {
      if (state !== 'hold') return;
      state = 'send';
      pump();
    },
    flush() {
      pump(true);
    },
    close() {
      drop(queue.length, 'not monitored');
      state = 'closed';
      queue = [];
      bytes = 0;
      if (retryTimer !== null) o.clearTimeout(retryTimer);
      retryTimer = null;
    },
    get pending() {
      return queue.length;
    },
  };
}
