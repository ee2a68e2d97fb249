import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import type { ContentMessage } from '@/utils/messages';
import { createConsentReader } from '@/utils/relay/consent-snapshot';
import { documentPort } from '@/utils/relay/dom-port';
import { customerSeeds } from '@/utils/harvest/customer-globals';
import { createPageFactHandler } from '@/utils/relay/page-facts';
import { createRelay } from '@/utils/relay/relay';

// Isolated world: carries the MAIN-world hook's events to the background. It starts in every frame
// of every page, so it holds nothing else (the harvester is injected into monitored pages only).
export default defineContentScript({
  matches: ['<all_urls>'],
  runAt: 'document_start',
  allFrames: true,
  matchAboutBlank: true,
  // WXT's start-up postMessage would reach the page's own message listeners.
  noScriptStartedPostMessage: true,
  main() {
    const consent = createConsentReader(window, Date.now);
    createRelay({
      ...documentPort(document),
      send: (message: ContentMessage) => browser.runtime.sendMessage(message),
      setTimeout: (fn, ms) => setTimeout(fn, ms),
      clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
      log: (message, ...data) => console.debug(message, ...data),
      consent,
      origin: window.origin,
      onPageFact: createPageFactHandler({
        sendSeeds: (seeds) => void browser.runtime.sendMessage({ type: 'seeds', seeds } satisfies ContentMessage).catch(() => {}),
        parseHtml: (html) => new DOMParser().parseFromString(html, 'text/html'),
        customerSeeds,
        setConsentGlobals: consent.setMainWorld,
      }),
    });
  },
});
