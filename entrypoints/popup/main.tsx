import { render } from 'preact';
import { browser } from 'wxt/browser';
import { Popup } from '@/components/Popup';
import { openDb } from '@/utils/db';

// `?tab=<id>` lets tests and the demo open the popup as a tab for a given page.
const tabParam = Number(new URLSearchParams(location.search).get('tab'));
const activeTab = async () =>
  Number.isInteger(tabParam) && tabParam > 0
    ? browser.tabs.get(tabParam)
    : (await browser.tabs.query({ active: true, currentWindow: true }))[0];

render(<Popup db={openDb()} storage={browser.storage.local} activeTab={activeTab} />, document.getElementById('app')!);
