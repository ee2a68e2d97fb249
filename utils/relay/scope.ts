import type { ScopeMessage, ScopeReply } from '../messages';
import { readStoreHosts } from './store-hosts';
import { nextBackoff, type Timers } from './timers';

// Asks the background whether this tab is a monitored store. The background may not be ready yet
// (worker starting), so failures and silent replies are retried with backoff, then given up on.

export interface ScopeOptions extends Timers {
  send(message: ScopeMessage): Promise<unknown>;
  attempts?: number;
  replyTimeoutMs?: number;
  minBackoffMs?: number;
  maxBackoffMs?: number;
}

/** The store hosts are optional here (read with `readStoreHosts`): a reply without them still counts. */
export function isScopeReply(value: unknown): value is Omit<ScopeReply, 'storeHosts'> & { storeHosts?: unknown } {
  const reply = value as Partial<ScopeReply> | null | undefined;
  return typeof reply?.monitored === 'boolean' && typeof reply.bodyCap === 'number' && reply.bodyCap >= 0;
}

/** Calls `done` once: with the reply, or with null when every attempt failed. */
export function requestScope(o: ScopeOptions, done: (reply: ScopeReply | null) => void): void {
  const attempts = o.attempts ?? 8;
  let backoff = 0;
  const attempt = (n: number) => {
    let settled = false;
    const finish = (reply: unknown) => {
      if (settled) return;
      settled = true;
      o.clearTimeout(timer);
      if (isScopeReply(reply)) return done({ monitored: reply.monitored, bodyCap: reply.bodyCap, storeHosts: readStoreHosts(reply.storeHosts) });
      if (n + 1 >= attempts) return done(null);
      backoff = nextBackoff(backoff, o.minBackoffMs ?? 200, o.maxBackoffMs ?? 5000);
      o.setTimeout(() => attempt(n + 1), backoff);
    };
    const timer = o.setTimeout(() => finish(undefined), o.replyTimeoutMs ?? 3000);
    try {
      o.send({ type: 'scope' }).then(finish, () => finish(undefined));
    } catch {
      finish(undefined);
    }
  };
  attempt(0);
}
