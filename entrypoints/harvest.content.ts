import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { createHarvester } from '@/utils/harvest/harvester';
import { collectInventoryFacts } from '@/utils/inventory-message';
import type { ScopeReply } from '@/utils/messages';
import { classifyPage } from '@/utils/wc/classify-page';
import { extractPageFacts } from '@/utils/wc/extract-page-facts';

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
    const onInput = (e: Event) => harvester.onInput(e.target);
    document.addEventListener('input', onInput, { capture: true, passive: true });
    document.addEventListener('change', onInput, { capture: true, passive: true });
    const scan = () => {
      harvester.scan(document.querySelectorAll('input, textarea'));
      if (window.top !== window) return;
      const facts = extractPageFacts(document, { url: location.href });
      void browser.runtime.sendMessage({ type: 'page-type', page: classifyPage(facts) }).catch(() => {});
      void browser.runtime.sendMessage({ type: 'inventory', facts: collectInventoryFacts(document, facts.globals) }).catch(() => {});
    };
    if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', scan, { once: true });
    else scan();
  },
});
