import type { ContentMessage } from '../messages';
import { fieldOfEvent } from './event-field';
import { createHarvester } from './harvester';
import { reportPage } from './page-report';

// The top frame of a monitored tab: typed values become seeds, and once the page has loaded and is
// idle, the page report (type, inventory, cart) goes to the background.

export interface HarvestWindow {
  document: Document;
  location: { href: string };
  addEventListener(type: 'load', fn: () => void, options: { once: true }): void;
  requestIdleCallback(fn: () => void, options: { timeout: number }): unknown;
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export function startHarvest(win: HarvestWindow, send: (message: ContentMessage) => void): void {
  const doc = win.document;
  const harvester = createHarvester({
    url: win.location.href,
    send: (seeds) => send({ type: 'seeds', seeds }),
    setTimeout: (fn, ms) => win.setTimeout(fn, ms),
    clearTimeout: (h) => win.clearTimeout(h),
  });
  // One capturing listener on the document (none per field); an open shadow root's input via composedPath.
  const onInput = (e: Event) => harvester.onInput(fieldOfEvent(e));
  doc.addEventListener('input', onInput, { capture: true, passive: true });
  doc.addEventListener('change', onInput, { capture: true, passive: true });
  const scan = () => {
    harvester.scan(doc.querySelectorAll('input, textarea'));
    reportPage(doc, win.location.href, send);
  };
  // Reading the page must not delay the shopper's page load.
  const idle = () => void win.requestIdleCallback(scan, { timeout: 2000 });
  if (doc.readyState === 'complete') idle();
  else win.addEventListener('load', idle, { once: true });
}
