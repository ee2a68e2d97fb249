import type { browser as Browser } from 'wxt/browser';
import { parseHookEvent } from '../hook-event';
import type { ContentMessage, HookEventsReply, ScopeReply } from '../messages';
import { isMonitoredUrl } from '../origin';
import type { Recorder } from '../recorder';
import type { Detector } from '../detection';
import { parseInventoryFacts } from '../inventory-message';
import { parsePageClassification } from '../page-type-message';
import { parseSeeds } from '../seed-message';
import type { SettingsCache } from '../settings-cache';

// Messages from the relay: scope questions, and hook events confirmed only once committed.

interface Sender {
  tab?: { id?: number; url?: string };
  frameId?: number;
  url?: string;
  /** Chrome 106+. */
  documentId?: string;
}

export function registerMessages(browser: typeof Browser, recorder: Recorder, settings: SettingsCache, detector: Detector): void {
  browser.runtime.onMessage.addListener((message: unknown, sender: Sender) => {
    const msg = message as ContentMessage;
    if (msg?.type === 'page-type' && sender.tab?.id !== undefined && sender.frameId === 0) {
      const page = parsePageClassification(msg.page);
      if (page) void recorder.observe({ kind: 'page-type', tabId: sender.tab.id, time: Date.now(), page }).catch(() => {});
      return undefined;
    }
    if (msg?.type === 'inventory' && sender.tab?.id !== undefined && sender.frameId === 0) {
      const facts = parseInventoryFacts(msg.facts);
      const tabId = sender.tab.id;
      const time = Date.now();
      // The visit may still be in the current batch: try again once it has surely been written.
      if (facts) void detector.inventory(tabId, time, facts).then((ok) => ok || setTimeout(() => void detector.inventory(tabId, time, facts), 500));
      return undefined;
    }
    if (msg?.type === 'seeds' && sender.tab?.id !== undefined)
      return detector.addSeeds(sender.tab.id, parseSeeds(msg.seeds)).then((added) => ({ ok: true, added }));
    if (msg?.type === 'scope') {
      notePage(sender, recorder);
      return scope(sender, settings);
    }
    if (msg?.type === 'hook-events') return hookEvents(msg.events, sender, recorder);
    return undefined;
  });
}

/** A top-level relay starting proves its document committed, even if the worker missed that. */
function notePage(sender: Sender, recorder: Recorder): void {
  const tabId = sender.tab?.id;
  if (sender.frameId !== 0 || tabId === undefined || !sender.url || !sender.documentId) return;
  void recorder.observe({ kind: 'page', tabId, url: sender.url, time: Date.now(), documentId: sender.documentId }).catch(() => {});
}

async function scope(sender: Sender, settings: SettingsCache): Promise<ScopeReply> {
  const s = await settings.get();
  const top = sender.tab?.url ?? (sender.frameId === 0 ? sender.url : undefined);
  return { monitored: isMonitoredUrl(top, s.monitored), bodyCap: s.bodyCapBytes };
}

async function hookEvents(events: unknown, sender: Sender, recorder: Recorder): Promise<HookEventsReply> {
  const tabId = sender.tab?.id;
  const frameId = sender.frameId ?? 0;
  if (tabId === undefined || !Array.isArray(events)) return { ok: true, accepted: 0 };
  const valid = events.map(parseHookEvent).filter((e) => e !== null);
  await Promise.all(valid.map((event) => recorder.observe({ kind: 'hook', tabId, frameId, time: event.time, event })));
  return { ok: true, accepted: valid.length };
}
