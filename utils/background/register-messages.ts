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
import type { DocumentRef } from '../tab-history';

// Messages from the relay and the harvester: scope questions, hook events confirmed only once
// committed, and page reports (page type, inventory, seeds) for the visit of the document that sent them.

interface Sender {
  tab?: { id?: number; url?: string };
  frameId?: number;
  url?: string;
  /** Chrome 106+. */
  documentId?: string;
}

export function registerMessages(browser: typeof Browser, recorder: Recorder, settings: SettingsCache, detector: Detector, log?: (message: string, error: unknown) => void): void {
  browser.runtime.onMessage.addListener((message: unknown, sender: Sender) => {
    const msg = message as ContentMessage;
    if (msg?.type === 'page-type' && sender.tab?.id !== undefined && sender.frameId === 0) {
      const page = parsePageClassification(msg.page);
      const tabId = sender.tab.id;
      const time = Date.now();
      if (page) void recorder.visitOf(tabId, documentOf(sender, time)).then((visitId) =>
        visitId ? recorder.observe({ kind: 'page-type', tabId, time, page, visitId }) : undefined).catch(() => {});
      return undefined;
    }
    if (msg?.type === 'inventory' && sender.tab?.id !== undefined && sender.frameId === 0) {
      const facts = parseInventoryFacts(msg.facts);
      const tabId = sender.tab.id;
      const time = Date.now();
      if (facts) void recorder.visitOf(tabId, documentOf(sender, time)).then((visitId) =>
        visitId ? detector.inventory(tabId, { visitId, time }, facts) : undefined).catch(() => {});
      return undefined;
    }
    if (msg?.type === 'seeds' && sender.tab?.id !== undefined) {
      const tabId = sender.tab.id;
      // A subframe's document is not a visit of its own: its seeds go to the tab's page of the moment.
      const ref = sender.frameId === 0 ? documentOf(sender, Date.now()) : { time: Date.now() };
      return recorder.visitOf(tabId, ref).then(async (visitId) =>
        ({ ok: true, added: visitId ? await detector.addSeeds(tabId, parseSeeds(msg.seeds), visitId) : 0 }));
    }
    if (msg?.type === 'scope') {
      notePage(sender, recorder);
      return scope(sender, settings);
    }
    if (msg?.type === 'hook-events') return hookEvents(msg.events, sender, recorder, log);
    return undefined;
  });
}

/** The top-level document a message came from, as far as this browser tells (Firefox: no documentId). */
function documentOf(sender: Sender, time: number): DocumentRef {
  return { time, ...(sender.documentId ? { documentId: sender.documentId } : {}), ...(sender.url ? { url: sender.url } : {}) };
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
  const monitored = isMonitoredUrl(top, s.monitored);
  return { monitored, bodyCap: s.bodyCapBytes, storeHosts: monitored ? s.storeHosts : [] };
}

async function hookEvents(events: unknown, sender: Sender, recorder: Recorder, log?: (message: string, error: unknown) => void): Promise<HookEventsReply> {
  const tabId = sender.tab?.id;
  const frameId = sender.frameId ?? 0;
  if (tabId === undefined || !Array.isArray(events)) return { ok: true, accepted: 0 };
  // The one full check of the event contract (the relay checks only the envelope).
  const valid = events.map(parseHookEvent).filter((e) => e !== null);
  if (valid.length < events.length) log?.(`dropped ${events.length - valid.length} hook event(s) that break the event contract (utils/hook-event.ts), from ${sender.url ?? 'a page'}`, null);
  await Promise.all(valid.map((event) => recorder.observe({ kind: 'hook', tabId, frameId, time: event.time, event })));
  return { ok: true, accepted: valid.length };
}
