import { render } from 'preact';
import { browser } from 'wxt/browser';
import { Dashboard } from '@/components/dashboard/Dashboard';
import { openViewDb } from '@/utils/db';

render(
  <Dashboard
    db={openViewDb()} send={(message) => browser.runtime.sendMessage(message)} storage={browser.storage.local}
    toolVersion={browser.runtime.getManifest().version} initialSession={new URLSearchParams(location.search).get('session') ?? undefined}
  />,
  document.getElementById('app')!,
);
