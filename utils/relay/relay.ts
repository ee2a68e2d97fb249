import { DEFAULT_BODY_CAP } from '../body';
import { isPageFact, type ConsentSnapshot, type HookEvent, type HookPageFact } from '../hook-event';
import type { ContentMessage, ScopeReply } from '../messages';
import { HELLO_EVENT, READY_EVENT, configEventName, type HookConfig } from '../page-channel';
import { createOutbox, type OutboxOptions } from './outbox';
import { requestScope } from './scope';
import { isStoreUrl } from './store-hosts';
import type { Timers } from './timers';
import { validateBatch } from './validate';

// Isolated-world relay: handshake with the page hook, validate its events, and forward them to the
// background only for monitored tabs, holding them until the background confirms.

export interface RelayDeps extends Timers {
  /** Listens for CustomEvents of `type` on the document; the callback gets `event.detail`. */
  listen(type: string, fn: (detail: unknown) => void): void;
  /** Dispatches a CustomEvent with a string detail on the document. */
  dispatch(type: string, detail: string): void;
  /** browser.runtime.sendMessage */
  send(message: ContentMessage): Promise<unknown>;
  log?(message: string, ...data: unknown[]): void;
  outbox?: Partial<OutboxOptions>;
  /** The page's consent state now; stamped on each event as it arrives. */
  consent?(): ConsentSnapshot | undefined;
  /**
   * A fact about the page from the hook (a store response, page globals). Consent facts arrive at
   * once, so they count for the events after them; the others only once the tab is known monitored.
   */
  onPageFact?(fact: HookPageFact): void;
  /** The document's origin (`window.origin`): a store response counts from it or from the store hosts. */
  origin?: string;
  /** Calls `fn` when the page is being hidden or unloaded (`pagehide`). */
  onPageHide?(fn: () => void): void;
}

/** Page facts held while the scope question is open. */
const MAX_HELD_FACTS = 50;

export interface Relay {
  readonly channel: string | null;
  readonly scope: ScopeReply | null | 'pending';
  readonly invalid: number;
  readonly pending: number;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function createRelay(deps: RelayDeps): Relay {
  let channel: string | null = null;
  let scope: ScopeReply | null | 'pending' = 'pending';
  let invalid = 0;
  const log = (message: string, ...data: unknown[]) => deps.log?.(`[leakscope relay] ${message}`, ...data);
  const outbox = createOutbox({
    setTimeout: deps.setTimeout,
    clearTimeout: deps.clearTimeout,
    send: (events: HookEvent[]) => deps.send({ type: 'hook-events', events }),
    onDrop: (count, why) => log(`dropped ${count} event(s): ${why}`),
    ...deps.outbox,
  });

  // Until the scope is known the hook copies store answers from any origin; they wait here for it.
  const config = (): HookConfig =>
    scope === 'pending' || scope === null
      ? { capture: true, bodyCap: DEFAULT_BODY_CAP, otherStoreHosts: scope === 'pending' }
      : { capture: scope.monitored, bodyCap: scope.bodyCap, otherStoreHosts: scope.storeHosts.length > 0 };
  const sendConfig = () => {
    if (channel) deps.dispatch(configEventName(channel), JSON.stringify(config()));
  };

  const safeConsent = () => {
    try {
      return deps.consent?.();
    } catch {
      return undefined;
    }
  };

  const held: HookPageFact[] = [];
  const ownOrigin = (fact: HookPageFact): string => {
    if (deps.origin && deps.origin !== 'null') return deps.origin;
    try {
      return new URL(fact.documentUrl).origin;
    } catch {
      return 'null';
    }
  };
  const handleFact = (fact: HookPageFact) => {
    try {
      // Store answers count only from the store itself: its origin or settings.storeHosts.
      if (fact.type === 'store-response' && !isStoreUrl(fact.url, ownOrigin(fact), scope !== 'pending' && scope ? scope.storeHosts : [])) return;
      deps.onPageFact?.(fact);
    } catch (error) {
      log('page fact failed', error);
    }
  };

  const onBatch = (detail: unknown) => {
    try {
      if (scope !== 'pending' && !scope?.monitored) return;
      const { items, invalid: bad } = validateBatch(detail);
      if (bad) {
        invalid += bad;
        log(`dropped ${bad} invalid event(s), ${invalid} so far`);
      }
      let consent: ConsentSnapshot | undefined | null = null;
      for (const item of items) {
        if (isPageFact(item)) {
          if (item.type === 'consent-globals') {
            handleFact(item);
            consent = null; // read again for the events after it
          } else if (scope === 'pending') {
            if (held.length < MAX_HELD_FACTS) held.push(item);
          } else handleFact(item);
          continue;
        }
        if (consent === null) consent = safeConsent();
        outbox.add(consent ? { ...item, consent } : item);
      }
    } catch (error) {
      log('batch failed', error);
    }
  };

  // Only the first hello is accepted: a later one (e.g. from the page) cannot take the channel over.
  deps.listen(HELLO_EVENT, (detail) => {
    try {
      if (channel !== null || typeof detail !== 'string' || !UUID.test(detail)) return;
      channel = detail;
      deps.listen(channel, onBatch);
      // Answered at once so the hook stops queueing; a second config follows the scope reply.
      sendConfig();
    } catch (error) {
      log('handshake failed', error);
    }
  });
  deps.dispatch(READY_EVENT, '');
  // A page closed right after a burst of requests: what waits behind the in-flight limit goes now.
  deps.onPageHide?.(() => outbox.flush());

  requestScope({ ...deps, send: deps.send }, (reply) => {
    scope = reply;
    if (reply?.monitored) outbox.start();
    else outbox.close();
    const facts = held.splice(0);
    if (reply?.monitored) for (const fact of facts) handleFact(fact);
    if (!reply) log('no scope reply from the background; events dropped');
    try {
      sendConfig();
    } catch (error) {
      log('config failed', error);
    }
  });

  return {
    get channel() {
      return channel;
    },
    get scope() {
      return scope;
    },
    get invalid() {
      return invalid;
    },
    get pending() {
      return outbox.pending;
    },
  };
}
