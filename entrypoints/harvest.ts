import { browser } from 'wxt/browser';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import type { ContentMessage } from '@/utils/messages';
import { startHarvest } from '@/utils/harvest/start-harvest';

// Isolated world, top frame of a monitored page only: the background injects it once the page has
// loaded (utils/background/register-harvest.ts), so no other page, and no page load, pays for its code.
export default defineUnlistedScript(() => {
  const self = globalThis as { leakscopeHarvest?: true };
  if (self.leakscopeHarvest) return; // injected twice into one document (a repeated event)
  self.leakscopeHarvest = true;
  startHarvest(window, (message: ContentMessage) => void browser.runtime.sendMessage(message).catch(() => {}));
});
