import type { browser as Browser } from 'wxt/browser';

// Opens the side panel (Chrome) or the sidebar (Firefox). Both need a user gesture, so call this
// synchronously from a click handler, before any await.

interface PanelApis {
  sidePanel?: { open(options: { windowId: number }): Promise<void> };
  sidebarAction?: { open(): Promise<void> };
}

/** false when this browser has neither API. */
export function openSidePanel(browser: typeof Browser, windowId: number | undefined): Promise<boolean> {
  const apis = browser as unknown as PanelApis;
  if (apis.sidebarAction) return apis.sidebarAction.open().then(() => true);
  if (apis.sidePanel && windowId !== undefined) return apis.sidePanel.open({ windowId }).then(() => true);
  return Promise.resolve(false);
}

export const canOpenSidePanel = (browser: typeof Browser): boolean => {
  const apis = browser as unknown as PanelApis;
  return Boolean(apis.sidebarAction || apis.sidePanel);
};
