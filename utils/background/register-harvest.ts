import type { browser as Browser } from 'wxt/browser';
import { isMonitoredUrl } from '../origin';
import type { Settings } from '../settings';

// The harvester (entrypoints/harvest.ts) goes only into the top frame of monitored pages, once the
// document is parsed: the fields it listens to exist by then, and no other page pays for its code.

export const HARVEST_FILE = '/harvest.js';

interface LoadedDetails {
  tabId: number;
  frameId: number;
  url: string;
  /** Chrome 106+: pins the injection to this document, not a newer one in the same tab. */
  documentId?: string;
}

export type HarvestTarget = { tabId: number; documentIds: string[] } | { tabId: number; frameIds: number[] };

/** Where to inject the harvester for this DOMContentLoaded, or null when the page is not watched. */
export function harvestTarget(d: LoadedDetails, settings: Pick<Settings, 'monitored'>): HarvestTarget | null {
  if (d.frameId !== 0 || d.tabId < 0 || !isMonitoredUrl(d.url, settings.monitored)) return null;
  return d.documentId ? { tabId: d.tabId, documentIds: [d.documentId] } : { tabId: d.tabId, frameIds: [0] };
}

export function registerHarvest(browser: typeof Browser, getSettings: () => Promise<Settings>, log: (message: string, error: unknown) => void): void {
  const nav = browser.webNavigation as unknown as { onDOMContentLoaded: { addListener(cb: (d: LoadedDetails) => void): void } };
  nav.onDOMContentLoaded.addListener((d) => {
    void getSettings()
      .then((s) => {
        const target = harvestTarget(d, s);
        if (target) return browser.scripting.executeScript({ target, files: [HARVEST_FILE] });
      })
      // A tab closed or navigated away before the injection: nothing to harvest there.
      .catch((error: unknown) => log('harvester not injected', error));
  });
}
