import { applyObservations } from '@/utils/apply-observations';
import { openDb, type LeakscopeDB } from '@/utils/db';
import type { HookRequestEvent } from '@/utils/hook-event';
import type { Observation } from '@/utils/observation';
import { DEFAULT_SETTINGS, type Settings } from '@/utils/settings';
import { fakeBrowser } from 'wxt/testing/fake-browser';

// Shared test fixtures: a fresh fake IndexedDB per test and builders for observations.

let dbCount = 0;
export function freshDb(): LeakscopeDB {
  return openDb(`test-${++dbCount}-${Math.random()}`);
}

export const STORE = 'http://store.test';
export const settings: Settings = { ...DEFAULT_SETTINGS, monitored: [{ origin: STORE, includeSubdomains: false }] };

export async function apply(db: LeakscopeDB, batch: Observation[], opts: Partial<Settings> = {}, tabUrls = new Map<number, string>()) {
  let n = 0;
  await db.transaction('rw', [db.sessions, db.visits, db.tabs, db.requests, db.frames], async () =>
    await applyObservations(db, batch, { settings: { ...settings, ...opts }, newId: () => `id-${Date.now()}-${++n}-${Math.random()}`, tabUrls }),
  );
}

export const commit = (url: string, time: number, tabId = 1): Extract<Observation, { kind: 'commit' }> => ({ kind: 'commit', tabId, url, time });

export function hookEvent(over: Partial<HookRequestEvent> = {}): HookRequestEvent {
  return {
    type: 'request', id: `h-${Math.random()}`, time: 1000, documentUrl: `${STORE}/checkout/`,
    initiator: { url: `${STORE}/wp-content/plugins/ai-chat/chat.js?ver=1.2`, method: 'stack' },
    transport: 'fetch', url: 'https://api.openai.com/v1/chat/completions', method: 'POST',
    body: { kind: 'text', status: 'ok', text: '{"q":"hello"}', size: 13, capturedBytes: 13 },
    ...over,
  };
}

export const hook = (event: HookRequestEvent, tabId = 1, frameId = 0): Observation => ({ kind: 'hook', tabId, frameId, time: event.time, event });

export function wr(over: Partial<Extract<Observation, { kind: 'wr-request' }>> = {}): Observation {
  return {
    kind: 'wr-request', tabId: 1, frameId: 0, requestId: `r-${Math.random()}`, url: 'https://api.openai.com/v1/chat/completions',
    method: 'POST', type: 'xmlhttprequest', time: 1005, initiator: STORE, ...over,
  };
}

/** fakeBrowser's storage.local as code under test sees it, counting that code's reads (the fake's own set() reads too). */
export function countedLocal() {
  const area = { reads: 0, get: (key: string) => (area.reads++, fakeBrowser.storage.local.get(key)), set: (items: Record<string, unknown>) => fakeBrowser.storage.local.set(items) };
  return area;
}
