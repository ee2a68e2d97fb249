import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { registerMessages } from '@/utils/background/register-messages';
import { registerNavigation } from '@/utils/background/register-navigation';
import { registerWebRequest } from '@/utils/background/register-web-request';
import { openDb } from '@/utils/db';
import { createRecorder } from '@/utils/recorder';
import { createSettingsCache } from '@/utils/settings-cache';

export default defineBackground(() => {
  const db = openDb();
  const settings = createSettingsCache(browser.storage.local, browser.storage.onChanged);
  const recorder = createRecorder({
    db,
    getSettings: settings.get,
    tabUrl: async (tabId) => (await browser.tabs.get(tabId)).url,
    newId: () => crypto.randomUUID(),
    log: (message, error) => console.error(`[leakscope] ${message}`, error),
  });
  settings.onChange(() => recorder.resetScope());

  // Capabilities, in order. Every listener is registered synchronously, before any await.
  registerWebRequest(browser, recorder, settings, import.meta.env.BROWSER === 'firefox');
  registerNavigation(browser, recorder);
  registerMessages(browser, recorder, settings);
});
