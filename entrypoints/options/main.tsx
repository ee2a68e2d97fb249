import { render } from 'preact';
import { browser } from 'wxt/browser';
import { OptionsPage } from '@/components/OptionsPage';
import { openDb } from '@/utils/db';

render(
  <OptionsPage storage={browser.storage.local} search={location.search} db={openDb()} send={(message) => browser.runtime.sendMessage(message)} />,
  document.getElementById('app')!,
);
