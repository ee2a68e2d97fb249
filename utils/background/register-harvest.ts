import type { browser as Browser } from 'wxt/browser';
import { isMonitoredUrl } from '../origin';
import type { Settings } from '../settings';

// The harvester (entrypoints/harvest.ts) goes only into the top frame of monitored pages, once the
// page has loaded (webNavigation.onCompleted): its code is evaluated after the load event rather than
// before it (about 5 ms of a loopback page load in an A/B), and no other page pays for it at all.

export const HARVEST_FILE = '/harvest.js';

interface LoadedDetails {
  tabId: number;
  frameId: number;
  url: string;
  /** Chrome 106+: pins the injection to this document, not a newer one in the same tab. */
  documentId?: string;
}

export type HarvestTarget = { tabId: number; documentIds: string[] } | { tabId: number; frameIds: number[] };

/** Where to inject the harvester for this completed load, or null when the page is not watched. */
export function harvestTarget(d: LoadedDetails, settings: Pick<Settings, 'monitored'>): HarvestTarget | null {
  if (d.frameId !== 0 || d.tabId < 0 || !isMonitoredUrl(d.url, settings.monitored)) return null;
  return d.documentId ? { tabId: d.tabId, documentIds: [d.documentId] } : { tabId: d.tabId, frameIds: [0] };
}

/** A page still loading this long after its document was parsed (a hanging image, say) gets the harvester anyway. */
export const HARVEST_FALLBACK_MS = 3000;

interface Timers {
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

const realTimers: Timers = { setTimeout: (fn, ms) => setTimeout(fn, ms), clearTimeout: (h) => clearTimeout(h as ReturnType<typeof setTimeout>) };

export function registerHarvest(browser: typeof Browser, getSettings: () => Promise<Settings>, log: (message: string, error: unknown) => void, timers: Timers = realTimers): void {
  type NavEvent = { addListener(cb: (d: LoadedDetails) => void): void };
  const nav = browser.webNavigation as unknown as { onCompleted: NavEvent; onDOMContentLoaded: NavEvent };
  const inject = (d: LoadedDetails) =>
    void getSettings()
      .then((s) => {
        const target = harvestTarget(d, s);
        if (target) return browser.scripting.executeScript({ target, files: [HARVEST_FILE] });
      })
      // A tab closed or navigated away before the injection: nothing to harvest there.
      .catch((error: unknown) => log('harvester not injected', error));
  // The fallback per tab, in memory only: a worker stopped meanwhile leaves it to onCompleted.
  const fallbacks = new Map<number, unknown>();
  const cancel = (tabId: number) => {
    if (fallbacks.has(tabId)) timers.clearTimeout(fallbacks.get(tabId));
    fallbacks.delete(tabId);
  };
  nav.onDOMContentLoaded.addListener((d) => {
    if (d.frameId !== 0) return;
    cancel(d.tabId);
    fallbacks.set(d.tabId, timers.setTimeout(() => (fallbacks.delete(d.tabId), inject(d)), HARVEST_FALLBACK_MS));
  });
  // The harvester ignores a second injection into one document (after a fallback, say).
  nav.onCompleted.addListener((d) => {
    if (d.frameId === 0) cancel(d.tabId);
    inject(d);
  });
}
