import { render } from 'preact';
import { browser } from 'wxt/browser';
import { SidePanel } from '@/components/SidePanel';
import { openDb } from '@/utils/db';
import { followActiveTab, followTab, type PanelTab } from '@/utils/panel/follow-tab';

// Follows the active tab of its window (the real side panel, or this page opened as a tab with
// `?follow=1`); `?tab=<id>` pins it to one tab instead (tests).
const tabParam = Number(new URLSearchParams(location.search).get('tab'));
const follow = (onTab: (tab: PanelTab) => void) => {
  if (Number.isInteger(tabParam) && tabParam > 0) return followTab(browser, tabParam, onTab);
  let stop = () => {};
  void browser.windows.getCurrent().then((w) => (stop = followActiveTab(browser, w.id!, onTab)));
  return () => stop();
};

render(
  <SidePanel db={openDb()} storage={browser.storage.local} storageChanges={browser.storage.onChanged} follow={follow} />,
  document.getElementById('app')!,
);
