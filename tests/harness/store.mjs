// Walking the fixture store: open each page, wait until its plugins are done, and return what
// the page says it sent (`window.__fx.sent`, see tests/fixtures/store/README.md).
import { STORE } from './hosts.mjs';

/**
 * @typedef {object} SentEntry what a fixture plugin sent
 * @property {string} [plugin]
 * @property {string} transport fetch | xhr | beacon | websocket | eventsource | form | image
 * @property {string} [method]
 * @property {string} url
 * @property {string} script the plugin script URL (document.currentScript.src, with ?ver=)
 * @property {string} marker unique per page load, present in the URL or body
 * @property {string} [body] text body as passed to the API
 * @property {{name: string, value?: string, file?: {name: string, type: string, size: number}}[]} [parts] FormData entries
 * @property {Record<string, string>} [fields] form fields (form POST)
 * @property {({text: string} | {bytes: number[]})[]} [frames] WebSocket frames sent
 * @property {'widget'} [frame] set when sent from the third-party iframe
 * @property {string} [frameUrl] the iframe document URL
 */

/**
 * @typedef {object} PageVisit
 * @property {string} name
 * @property {string} url the page URL as loaded (page.url())
 * @property {SentEntry[]} sent
 * @property {string[]} errors plugin promises that rejected
 */

/** The store walk, in shopping order. */
export const STORE_PAGES = [
  { name: 'shop', path: '/shop/' },
  { name: 'product', path: '/product/hoodie-with-logo/' },
  { name: 'search', path: '/?s=hoodie&post_type=product' },
  { name: 'cart', path: '/cart/' },
  { name: 'checkout', path: '/checkout/' },
  { name: 'my-account', path: '/my-account/' },
];

/**
 * Wait until every promise the page's plugins registered has settled; return what they sent.
 * @param {import('playwright-core').Page | import('playwright-core').Frame} target
 * @returns {Promise<{ sent: SentEntry[], errors: string[] }>}
 */
export async function settleFixtures(target) {
  return target.evaluate(async () => {
    // @ts-ignore -- fixture bookkeeping global
    const fx = window.__fx;
    if (!fx) return { sent: [], errors: ['window.__fx missing: not a fixture page'] };
    // Plugins may register more work while earlier work settles (the widget iframe does).
    let seen = -1;
    const errors = [];
    while (seen !== fx.pending.length) {
      const batch = fx.pending.slice(seen < 0 ? 0 : seen);
      seen = fx.pending.length;
      for (const r of await Promise.allSettled(batch)) if (r.status === 'rejected') errors.push(String(r.reason));
    }
    return { sent: JSON.parse(JSON.stringify(fx.sent)), errors };
  });
}

/**
 * Load one store page and wait for its plugins.
 * @param {import('playwright-core').Page} page
 * @param {{ name: string, path: string }} spec
 * @param {string} [origin]
 * @returns {Promise<PageVisit>}
 */
export async function visitStorePage(page, spec, origin = STORE) {
  await page.goto(origin + spec.path, { waitUntil: 'load' });
  const { sent, errors } = await settleFixtures(page);
  return { name: spec.name, url: page.url(), sent, errors };
}

/**
 * Walk the store (shop → product → search → cart → checkout → my-account) in one tab.
 * @param {import('playwright-core').Page} page
 * @param {{ pages?: { name: string, path: string }[], onPage?: (v: PageVisit) => void | Promise<void> }} [options]
 * @returns {Promise<PageVisit[]>}
 */
export async function walkStore(page, { pages = STORE_PAGES, onPage } = {}) {
  const visits = [];
  for (const spec of pages) {
    const v = await visitStorePage(page, spec);
    visits.push(v);
    await onPage?.(v);
  }
  return visits;
}
