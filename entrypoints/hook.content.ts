import { defineContentScript } from 'wxt/utils/define-content-script';
import { installHook } from '@/utils/hook/install';

// MAIN world, before any page script: wrap the page's network APIs and report to the relay.
export default defineContentScript({
  matches: ['<all_urls>'],
  world: 'MAIN',
  runAt: 'document_start',
  allFrames: true,
  matchAboutBlank: true,
  main() {
    installHook(window);
  },
});
