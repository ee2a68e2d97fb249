import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { fieldOfEvent } from '@/utils/harvest/event-field';
import { createHarvester } from '@/utils/harvest/harvester';
import type { ScopeReply } from '@/utils/messages';
import { reportPage } from '@/utils/harvest/page-report';

// Isolated world: the shopper's typed values become seeds for the background (never stored to disk).
export default defineContentScript({
  matches: ['<all_urls>'],
  runAt: 'document_start',
  async main() {
    const scope = (await browser.runtime.sendMessage({ type: 'scope' }).catch(() => null)) as ScopeReply | null;
    if (!scope?.monitored) return;
    const harvester = createHarvester({
      url: location.href,
      send: (seeds) => void browser.runtime.sendMessage({ type: 'seeds', seeds }).catch(() => {}),
      setTimeout: (fn, ms) => setTimeout(fn, ms),
      clearTimeout: (h) => clearTimeout(h as ReturnType<typeof setTimeout>),
    });
    // One capturing listener on the document (none per field); an open shadow root's input via composedPath.
    const onInput = (e: Event) => harvester.onInput(fieldOfEvent(e));
    document.addEventListener('input', onInput, { capture: true, passive: true });
    document.addEventListener('change', onInput, { capture: true, passive: true });
    const scan = () => {
      harvester.scan(document.querySelectorAll('input, textarea'));
      reportPage(document, location.href, (m) => void browser.runtime.sendMessage(m).catch(() => {}));
    };
    // After load, when the page is idle: reading the page must not delay the shopper's page load.
    const idle = () => requestIdleCallback(scan, { timeout: 2000 });
    if (document.readyState === 'complete') idle();
    else addEventListener('load', idle, { once: true });
  },
});
