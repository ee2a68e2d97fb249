#!/usr/bin/env node
// Panel and dashboard speed at scale: fills the extension's IndexedDB with one QA session of 10,000
// findings over 100,000 requests (the shapes of utils/db.ts, written with plain IndexedDB from an
// extension page: no test-only code ships), then measures in headless Chromium:
//   side panel first paint of the list (sidepanel.html?tab=<id> on the visit with the most findings),
//   dashboard filter (typing in the search box → list updated and painted),
//   JSON export (click → download event).
// Figures, not assertions: `npm run bench:panel [-- --runs 5]` (LEAKSCOPE_SKIP_BUILD=1 reuses the build).
import { ensureBuilt, launchBrowser, monitor, tabIdOf, waitFor } from '../tests/harness/browser.mjs';
import { STORE } from '../tests/harness/hosts.mjs';
import { startServers } from '../tests/harness/servers.mjs';

const runs = Number(process.argv[process.argv.indexOf('--runs') + 1]) || 5;
const SIZE = { visits: 100, requests: 100_000, findings: 10_000, heavyVisitFindings: 1_000, heavyVisitRequests: 10_000 };
const SESSION = 'bench-session';
const HEAVY_VISIT = 'bench-visit-0';
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const fmt = (xs) => `median ${median(xs).toFixed(0)} ms, max ${Math.max(...xs).toFixed(0)} ms (${xs.length} runs)`;

/** Runs in the extension page: writes the session, visits, requests and findings with plain IndexedDB. */
async function fill({ size, sessionId, heavyVisit, tabId }) {
  const db = await new Promise((resolve, reject) => {
    const req = indexedDB.open('leakscope');
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
  const put = (store, rows) =>
    new Promise((resolve, reject) => {
      const tx = db.transaction(store, 'readwrite');
      const os = tx.objectStore(store);
      for (const row of rows) os.put(row);
      tx.oncomplete = resolve;
      tx.onerror = () => reject(tx.error);
    });
  const t0 = Date.now() - 3_600_000;
  const vendors = [
    ['api.openai.com', 'OpenAI', 'llm-api', 'US'], ['api.anthropic.com', 'Anthropic', 'llm-api', 'US'], ['api.mistral.ai', 'Mistral AI', 'llm-api', 'FR'],
    ['api.cohere.ai', 'Cohere', 'llm-api', 'CA'], ['abc-dsn.algolia.net', 'Algolia', 'ai-search', 'US'], ['widget.chatvendor.test', 'ChatVendor', 'ai-chat-widget', 'unknown'],
  ];
  const plugins = ['ai-engine', 'ai-chatbot-x', 'ai-product-recs', 'ai-voice-search', 'ai-checkout-assist', 'algolia-woocommerce', 'ai-chat-widget', 'ai-sync-queue'];
  const categories = ['email', 'full-name', 'phone', 'street-address', 'postcode', 'cart-sku', 'search-term', 'order-id', 'api-key', 'system-prompt'];
  const severities = ['critical', 'high', 'high', 'medium', 'medium', 'low', 'info'];
  const pages = [['checkout', 'classic'], ['cart', 'classic'], ['product'], ['shop'], ['product-search'], ['my-account', 'dashboard']];
  await put('sessions', [{ id: sessionId, name: 'Bench: 10,000 findings', startedAt: t0, implicit: false, evidenceMode: false }]);
  const visits = Array.from({ length: size.visits }, (_, i) => {
    const [kind, extra] = pages[i % pages.length];
    const page = extra === undefined ? { kind } : kind === 'my-account' ? { kind, endpoint: extra } : { kind, variant: extra };
    return {
      id: i === 0 ? heavyVisit : `bench-visit-${i}`, sessionId, tabId: tabId ?? 1, url: `http://store.test/${kind}/${i}/`, origin: 'http://store.test',
      title: `${kind} ${i}`, startedAt: t0 + i * 30_000, spaNavigations: [],
      page: { page, isWordPress: true, isWooCommerce: true, evidence: ['body:woocommerce-js'], pageEvidence: [`body:woocommerce-${kind}`] },
    };
  });
  await put('visits', visits);
  const visitOf = (i, heavyCount, total) => (i < heavyCount ? visits[0] : visits[1 + ((i - heavyCount) % (size.visits - 1))]);
  for (let start = 0; start < size.requests; start += 10_000) {
    const rows = [];
    for (let i = start; i < start + 10_000; i++) {
      const v = visitOf(i, size.heavyVisitRequests, size.requests);
      const [host] = vendors[i % vendors.length];
      const url = `https://${host}/v1/endpoint?n=${i}`;
      rows.push({
        id: `bench-req-${i}`, visitId: v.id, tabId: v.tabId, frameId: 0, url, method: 'POST', transport: 'fetch', resourceType: 'xmlhttprequest',
        seenBy: 'both', joinKey: `${v.tabId}|0|POST|${url}`, joinOpen: 0,
        body: { kind: 'text', status: 'ok', size: 600 + (i % 400), capturedBytes: 600 + (i % 400) },
        initiator: { url: `http://store.test/wp-content/plugins/${plugins[i % plugins.length]}/main.js?ver=1.${i % 5}`, method: 'stack' },
        statusCode: 200, startedAt: v.startedAt + (i % 1000), completedAt: v.startedAt + (i % 1000) + 80, analysedAt: v.startedAt + 2000,
        maskedUrl: url, rawDroppedAt: v.startedAt + 900_000, bodyHash: (i * 2654435761 >>> 0).toString(16).padStart(8, '0').repeat(8),
      });
    }
    await put('requests', rows);
  }
  const findings = [];
  for (let i = 0; i < size.findings; i++) {
    const v = visitOf(i, size.heavyVisitFindings, size.findings);
    const [host, vendor, serviceCategory, country] = vendors[i % vendors.length];
    const slug = plugins[(i >> 1) % plugins.length];
    const category = categories[(i >> 2) % categories.length];
    const key = `${host}|plugin:${slug}|${category}|${i}`;
    findings.push({
      id: `${v.id}|${key}`, visitId: v.id, sessionId, key, kind: 'ai-data-transfer', dataCategory: category,
      destination: { kind: 'catalogued', host, vendor, serviceCategory, country },
      source: { url: `http://store.test/wp-content/plugins/${slug}/main.js?ver=1.${i % 5}`, method: 'stack', component: { kind: 'plugin', slug, version: `1.${i % 5}`, how: 'stack' } },
      transport: 'fetch', transports: ['fetch'], severity: severities[i % severities.length], confidence: 'high',
      compliance: ['GDPR Art. 44', 'GDPR Art. 5(1)(c)', 'OWASP LLM02:2025'], remediation: 'Send this data through the store server, or not at all.',
      evidence: [{ category, chain: ['json:$.messages[1].content', 'base64', 'text'], path: '$.messages[1].content', preview: 'a***@e***.com', hash: (i * 40503 >>> 0).toString(16).padStart(16, '0') }],
      partial: false, count: 1 + (i % 7), firstSeen: v.startedAt + (i % 1000), lastSeen: v.startedAt + (i % 1000) + 5000,
      requestIds: [`bench-req-${i * 10}`], consent: { cmp: 'cookie-notice', state: i % 3 ? 'given' : 'refused' },
    });
  }
  await put('findings', findings);
  // Point the real store tab at the heavy visit, as if that page were showing in it.
  if (tabId !== undefined) await put('tabs', [{ tabId, history: [{ visitId: heavyVisit, since: Date.now() }] }]);
  db.close();
}

/** Time from navigation start to the first element matching `selector`, read in the page. */
async function firstPaint(ctx, url, selector) {
  const page = await ctx.newPage();
  await page.addInitScript((sel) => {
    const seen = () => {
      if (window.__firstRow === undefined && document.querySelector(sel)) window.__firstRow = performance.now();
      return window.__firstRow !== undefined;
    };
    new MutationObserver((_, mo) => seen() && mo.disconnect()).observe(document, { childList: true, subtree: true });
  }, selector);
  await page.goto(url);
  await page.waitForSelector(selector, { timeout: 30_000 });
  const ms = await page.evaluate(() => window.__firstRow ?? performance.now());
  return { page, ms };
}

/** Types one search text and waits for the dashboard's list to change and the next frame to paint. */
async function filterOnce(page, text) {
  return page.evaluate(async (q) => {
    const input = document.querySelector('[data-testid="finding-search"]');
    const list = document.querySelector('.findings');
    const t0 = performance.now();
    await new Promise((resolve) => {
      const mo = new MutationObserver(() => (mo.disconnect(), resolve()));
      mo.observe(list, { childList: true, subtree: true, characterData: true });
      input.value = q;
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
    return { ms: performance.now() - t0, count: document.querySelector('[data-testid="finding-count"]').textContent };
  }, text);
}

async function main() {
  ensureBuilt({ quiet: true });
  const servers = await startServers();
  const b = await launchBrowser({ servers });
  try {
    const ext = `chrome-extension://${b.extensionId}`;
    const options = await monitor(b.ctx, b.extensionId, [STORE]);
    const store = await b.ctx.newPage();
    await store.goto(`${STORE}/embedded/`);
    const tabId = await tabIdOf(options, `${STORE}/embedded/`);
    await waitFor(async () => (await options.evaluate(() => new Promise((r) => { const q = indexedDB.open('leakscope'); q.onsuccess = () => { const n = q.result.objectStoreNames.contains('markers'); q.result.close(); r(n); }; }))), { message: 'the database schema' });
    await store.waitForTimeout(1000); // let the store visit's own batch settle before the tab row is replaced
    const started = Date.now();
    await options.evaluate(fill, { size: SIZE, sessionId: SESSION, heavyVisit: HEAVY_VISIT, tabId: tabId ?? undefined });
    console.log(`Leakscope panel bench — headless Chromium; ${SIZE.findings.toLocaleString('en')} findings over ${SIZE.requests.toLocaleString('en')} requests in ${SIZE.visits} visits of one session (filled in ${((Date.now() - started) / 1000).toFixed(1)} s)`);

    const panel = [];
    const panelUrl = `${ext}/sidepanel.html?tab=${tabId}`;
    for (let i = 0; i < runs; i++) {
      const { page, ms } = await firstPaint(b.ctx, panelUrl, '[data-testid="finding"]');
      panel.push(ms);
      await page.close();
    }
    console.log(`  side panel, first finding row on a page with ${SIZE.heavyVisitFindings.toLocaleString('en')} findings: ${fmt(panel)} (target ≤ 300 ms)`);

    const loads = [];
    let dash;
    for (let i = 0; i < runs; i++) {
      if (dash) await dash.close();
      const r = await firstPaint(b.ctx, `${ext}/dashboard.html?session=${SESSION}`, '[data-testid="finding-row"]');
      loads.push(r.ms);
      dash = r.page;
    }
    console.log(`  dashboard, first finding row of the 10,000-finding session: ${fmt(loads)} (no target)`);
    const filters = [];
    for (let i = 0; i < runs; i++)
      for (const q of ['openai', '', 'ai-engine email', '', 'checkout', '', 'no-such-vendor', ''])
        filters.push((await filterOnce(dash, q)).ms);
    console.log(`  dashboard filter, keystroke → list updated and painted: ${fmt(filters)} (target ≤ 100 ms)`);

    const exports = [];
    for (let i = 0; i < runs; i++) {
      const t0 = Date.now();
      const [download] = await Promise.all([dash.waitForEvent('download', { timeout: 60_000 }), dash.click('[data-testid="export-json"]')]);
      exports.push(Date.now() - t0);
      if (i === 0) console.log(`    (export file ${download.suggestedFilename()})`);
      await download.cancel().catch(() => {});
    }
    console.log(`  JSON export of the session, click → download: ${fmt(exports)} (target ≤ 3000 ms)`);
  } finally {
    await b.close();
    await servers.close();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
