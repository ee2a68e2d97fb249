import type { browser as Browser } from 'wxt/browser';

// Which tab the side panel shows: the active tab of its window, re-targeted on tab switches,
// navigations and window focus. The panel's own page (opened as a tab) is never a target.

export interface PanelTab {
  id: number;
  url?: string;
  windowId?: number;
}

interface TabLike {
  id?: number;
  url?: string;
  windowId?: number;
  active?: boolean;
  lastAccessed?: number;
}

const toPanelTab = (t: TabLike): PanelTab | null =>
  t.id === undefined ? null : { id: t.id, ...(t.url !== undefined ? { url: t.url } : {}), ...(t.windowId !== undefined ? { windowId: t.windowId } : {}) };

/** The tab to show among a window's tabs: the active one, else (the panel itself is active) the last used. */
export function pickTarget(tabs: readonly TabLike[], isSelf: (url: string | undefined) => boolean): PanelTab | null {
  const others = tabs.filter((t) => !isSelf(t.url));
  const active = others.find((t) => t.active);
  const recent = [...others].sort((a, b) => (b.lastAccessed ?? 0) - (a.lastAccessed ?? 0))[0];
  return toPanelTab(active ?? recent ?? {});
}

/**
 * Calls `onTab` with the tab to show now and whenever it changes; returns a function that stops.
 * `windowId`: the panel's own window (undefined: the current one, learnt from the first query, which
 * saves the panel a windows.getCurrent round trip before its first paint); other windows' events are ignored.
 */
export function followActiveTab(browser: typeof Browser, windowId: number | undefined, onTab: (tab: PanelTab) => void): () => void {
  const selfPrefix = browser.runtime.getURL('/');
  const isSelf = (url: string | undefined) => url?.startsWith(selfPrefix) === true;
  let current: PanelTab | null = null;
  const show = (tab: PanelTab | null) => {
    if (!tab || isSelf(tab.url)) return;
    current = tab;
    onTab(tab);
  };
  const retarget = () =>
    void browser.tabs.query(windowId === undefined ? { currentWindow: true } : { windowId }).then((tabs) => {
      windowId ??= tabs[0]?.windowId;
      show(pickTarget(tabs, isSelf));
    }).catch(() => {});

  const activated = (info: { tabId: number; windowId: number }) => {
    if (info.windowId === windowId) void browser.tabs.get(info.tabId).then((t) => show(toPanelTab(t))).catch(() => {});
  };
  const updated = (tabId: number, change: { url?: string; status?: string }, tab: TabLike) => {
    if (tabId !== current?.id || (change.url === undefined && change.status === undefined)) return;
    // The shown tab turned into this panel's own page (opened as a tab): show the last other one.
    if (isSelf(tab.url)) retarget();
    else show(toPanelTab(tab));
  };
  // The tab may have changed while the window was in the background (moved, closed).
  const focused = (id: number) => id === windowId && retarget();
  browser.tabs.onActivated.addListener(activated);
  browser.tabs.onUpdated.addListener(updated);
  browser.windows.onFocusChanged.addListener(focused);
  retarget();
  return () => {
    browser.tabs.onActivated.removeListener(activated);
    browser.tabs.onUpdated.removeListener(updated);
    browser.windows.onFocusChanged.removeListener(focused);
  };
}

/** A panel pinned to one tab (`?tab=<id>`): that tab, again whenever it navigates. */
export function followTab(browser: typeof Browser, tabId: number, onTab: (tab: PanelTab) => void): () => void {
  const show = (t: TabLike) => {
    const tab = toPanelTab(t);
    if (tab) onTab(tab);
  };
  const updated = (id: number, change: { url?: string; status?: string }, tab: TabLike) => {
    if (id === tabId && (change.url !== undefined || change.status !== undefined)) show(tab);
  };
  browser.tabs.onUpdated.addListener(updated);
  void browser.tabs.get(tabId).then(show).catch(() => {});
  return () => browser.tabs.onUpdated.removeListener(updated);
}
