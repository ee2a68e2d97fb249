import { render } from 'preact';
import { browser } from 'wxt/browser';
import { Popup } from '@/components/Popup';
import { openViewDb } from '@/utils/db';
import { canOpenSidePanel, openSidePanel } from '@/utils/panel/open-side-panel';

// `?tab=<id>` lets tests and the demo open the popup as a tab for a given page.
const tabParam = Number(new URLSearchParams(location.search).get('tab'));
const activeTab = async () =>
  Number.isInteger(tabParam) && tabParam > 0
    ? browser.tabs.get(tabParam)
    : (await browser.tabs.query({ active: true, currentWindow: true }))[0];
// Called straight from the button's click: the side panel APIs need that user gesture.
const sidePanel = (tab: { windowId?: number }) => void openSidePanel(browser, tab.windowId).catch((e) => console.error('[leakscope]', e));

render(
  <Popup db={openViewDb()} storage={browser.storage.local} storageChanges={browser.storage.onChanged} toolVersion={browser.runtime.getManifest().version} activeTab={activeTab}
    {...(canOpenSidePanel(browser) ? { openSidePanel: sidePanel } : {})} />,
  document.getElementById('app')!,
);
