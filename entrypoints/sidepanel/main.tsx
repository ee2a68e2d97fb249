import { render } from 'preact';
import { browser } from 'wxt/browser';
import { SidePanel } from '@/components/SidePanel';
import { openViewDb } from '@/utils/db';
import { followActiveTab, followTab, type PanelTab } from '@/utils/panel/follow-tab';

// Follows the active tab of its window (the real side panel, or this page opened as a tab with
// `?follow=1`); `?tab=<id>` pins it to one tab instead (tests).
const tabParam = Number(new URLSearchParams(location.search).get('tab'));
const follow = (onTab: (tab: PanelTab) => void) => {
  if (Number.isInteger(tabParam) && tabParam > 0) return followTab(browser, tabParam, onTab);
  return followActiveTab(browser, undefined, onTab);
};

render(
  <SidePanel db={openViewDb()} storage={browser.storage.local} storageChanges={browser.storage.onChanged} toolVersion={browser.runtime.getManifest().version} follow={follow} />,
  document.getElementById('app')!,
);
