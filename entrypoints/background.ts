import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { registerBadge } from '@/utils/background/register-badge';
import { registerDetection } from '@/utils/background/register-detection';
import { registerHarvest } from '@/utils/background/register-harvest';
import { registerMessages } from '@/utils/background/register-messages';
import { registerNavigation } from '@/utils/background/register-navigation';
import { registerRetention } from '@/utils/background/register-retention';
import { registerSessions } from '@/utils/background/register-sessions';
import { registerWebRequest } from '@/utils/background/register-web-request';
import { openWorkerDb } from '@/utils/db';
import { createDetector } from '@/utils/detection';
import { createRecorder } from '@/utils/recorder';
import { cachedSalt } from '@/utils/salt';
import { createSettingsCache } from '@/utils/settings-cache';

export default defineBackground(() => {
  const db = openWorkerDb();
  const log = (message: string, error: unknown) => console.error(`[leakscope] ${message}`, error);
  const settings = createSettingsCache(browser.storage.local, browser.storage.onChanged);
  const detector = createDetector({
    db, sessionArea: browser.storage.session, getSettings: settings.get, salt: cachedSalt(browser.storage.local), now: Date.now, log,
  });
  const housekeeping = registerDetection(detector, Date.now);
  const recorder = createRecorder({
    db, getSettings: settings.get, newId: () => crypto.randomUUID(), log, tabUrl: async (tabId) => (await browser.tabs.get(tabId)).url,
    onCommitted: ({ requests, frames }) => void detector.analyse(requests, frames).finally(housekeeping).finally(() => badges.refresh()),
  });
  settings.onChange(() => recorder.resetScope());

  // Capabilities, in order. Every listener is registered synchronously, before any await.
  const badges = registerBadge(browser, db);
  registerWebRequest(browser, recorder, settings, import.meta.env.BROWSER === 'firefox');
  registerNavigation(browser, recorder, (tabId) => badges.refresh([tabId]));
  registerHarvest(browser, settings.get, log);
  registerMessages(browser, recorder, settings, badges.watch(detector), log);
  registerSessions(browser, db, (id) => detector.endSession(id), Date.now, () => badges.refreshAllTabs());
  registerRetention(browser, db, settings, Date.now, log);
});
