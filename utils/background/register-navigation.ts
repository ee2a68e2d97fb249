import type { browser as Browser } from 'wxt/browser';
import type { Recorder } from '../recorder';

// Visits come from top-level commits; SPA route changes and titles are noted on them.

interface NavDetails {
  tabId: number;
  frameId: number;
  url: string;
  timeStamp: number;
  /** Chrome 106+. */
  documentId?: string;
}

/** `onPage`: a tab's new top-level page was committed (its badge starts again). */
export function registerNavigation(browser: typeof Browser, recorder: Recorder, onPage: (tabId: number) => unknown = () => {}): void {
  const observe = (p: Promise<void>) => void p.catch(() => {});
  const nav = browser.webNavigation as unknown as Record<string, { addListener(cb: (d: NavDetails) => void): void }>;
  nav.onCommitted!.addListener((d) => {
    if (d.frameId === 0)
      observe(recorder.observe({ kind: 'commit', tabId: d.tabId, url: d.url, time: d.timeStamp, ...(d.documentId ? { documentId: d.documentId } : {}) }).then(() => void onPage(d.tabId)));
  });
  nav.onHistoryStateUpdated!.addListener((d) => {
    if (d.frameId === 0) observe(recorder.observe({ kind: 'spa', tabId: d.tabId, url: d.url, time: d.timeStamp, nav: 'history-state' }));
  });
  nav.onReferenceFragmentUpdated!.addListener((d) => {
    if (d.frameId === 0) observe(recorder.observe({ kind: 'spa', tabId: d.tabId, url: d.url, time: d.timeStamp, nav: 'fragment' }));
  });
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.title) observe(recorder.observe({ kind: 'title', tabId, title: change.title, time: Date.now() }));
  });
  browser.tabs.onRemoved.addListener((tabId) => observe(recorder.observe({ kind: 'tab-removed', tabId, time: Date.now() })));
  // Tab ids restart with the browser: forget the old ones.
  browser.runtime.onStartup.addListener(() => observe(recorder.observe({ kind: 'browser-start', time: 0 })));
}
