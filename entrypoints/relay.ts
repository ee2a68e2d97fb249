import { browser } from 'wxt/browser';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import type { ContentMessage } from '@/utils/messages';
import { createConsentReader } from '@/utils/relay/consent-snapshot';
import { documentPort } from '@/utils/relay/dom-port';
import { customerSeeds } from '@/utils/harvest/customer-globals';
import { createPageFactHandler } from '@/utils/relay/page-facts';
import { parseInertHtml } from '@/utils/relay/parse-html';
import { createRelay } from '@/utils/relay/relay';

// Isolated world, every frame at document_start (declared in wxt.config.ts, not through WXT's
// content-script wrapper, whose start-up context cost each frame ~3 ms): carries the MAIN-world
// hook's events to the background, and holds nothing else.
export default defineUnlistedScript(() => {
  const consent = createConsentReader(window, Date.now);
  createRelay({
    ...documentPort(document),
    send: (message: ContentMessage) => browser.runtime.sendMessage(message),
    setTimeout: (fn, ms) => setTimeout(fn, ms),
    clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
    log: (message, ...data) => console.debug(message, ...data),
    consent,
    origin: window.origin,
    onPageHide: (fn) => addEventListener('pagehide', fn, { capture: true }),
    onPageFact: createPageFactHandler({
      sendSeeds: (seeds) => void browser.runtime.sendMessage({ type: 'seeds', seeds } satisfies ContentMessage).catch(() => {}),
      parseHtml: parseInertHtml,
      customerSeeds,
      setConsentGlobals: consent.setMainWorld,
    }),
  });
});
