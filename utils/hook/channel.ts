import { DEFAULT_BODY_CAP } from '../body';
import { HELLO_EVENT, READY_EVENT, configEventName, type HookConfig } from '../page-channel';
import type { Builtins } from './builtins';
import { invoke } from './call';
import { detailOf, dispatch, listen } from './dom';
import { toJson } from './json';
import { uuid } from './uuid';

// Hook side of the page channel: announce a random channel name, queue until the relay's first
// config arrives, then send each event as JSON on the channel.

const MAX_QUEUED = 500;
/** Keeps base64 (4/3 of the bytes) under the contract's 16M-character limit. */
export const MAX_BODY_CAP = 8 * 1024 * 1024;

export interface Channel {
  emit(event: object): void;
  config(): HookConfig;
}

export function parseConfig(B: Builtins, detail: unknown): HookConfig | null {
  if (typeof detail !== 'string') return null;
  const c = B.parse(detail);
  if (!c || typeof c.capture !== 'boolean' || typeof c.bodyCap !== 'number' || !(c.bodyCap >= 0)) return null;
  return { capture: c.capture, bodyCap: c.bodyCap < MAX_BODY_CAP ? c.bodyCap - (c.bodyCap % 1) : MAX_BODY_CAP, otherStoreHosts: c.otherStoreHosts === true };
}

export function openChannel(B: Builtins, doc: unknown): Channel {
  const name = uuid(B);
  let config: HookConfig = { capture: true, bodyCap: DEFAULT_BODY_CAP };
  let connected = false;
  const queue: object[] = [];
  const post = (event: object) => dispatch(B, doc, name, toJson(B, { events: [event] }));
  // Serialising a 1 MB body takes a few ms: do it right after the page's call returns, in a
  // microtask (still before any later task, e.g. an unload), not inside the call.
  const send = (event: object) => {
    const later = () => {
      try {
        post(event);
      } catch {
        // Dropped; never thrown into the page.
      }
    };
    if (B.queueMicrotask) invoke(B, B.queueMicrotask, B.win, [later]);
    else later();
  };
  const hello = () => dispatch(B, doc, HELLO_EVENT, name);
  listen(B, doc, READY_EVENT, () => {
    try {
      if (!connected) hello();
    } catch {
      // The relay will ask again.
    }
  });
  listen(B, doc, configEventName(name), (event) => {
    try {
      const next = parseConfig(B, detailOf(B, event));
      if (!next) return;
      config = next;
      if (connected) return;
      connected = true;
      for (let i = 0; i < queue.length; i++) send(queue[i]!);
      queue.length = 0;
    } catch {
      // A malformed config leaves the previous one in force.
    }
  });
  hello();
  return {
    emit(event) {
      try {
        if (connected) send(event);
        // Bounded: when full, the earliest (page-load) events are the ones kept.
        else if (queue.length < MAX_QUEUED) queue[queue.length] = event;
      } catch {
        // Never throw into the page.
      }
    },
    config: () => config,
  };
}
