#!/usr/bin/env node
// Page cost of the extension: loads fixture store pages in Chromium with and without Leakscope
// (interleaved, same machine, same run), and prints the median load-time overhead and the longest
// main-thread task seen on each side. Figures, not assertions:
//   npm run bench:pages [-- --runs 30] [-- --latency 50] [-- --unmonitored]
//
// Four browsers, so each cost has its owner:
//   extensions off   headless Chromium's default;
//   empty extension  an MV3 extension that does nothing: what any browser with extensions pays;
//   webRequest floor an extension with Leakscope's webRequest listeners (same events, same extra
//                    info) whose bodies do nothing: what Chromium charges any webRequest monitor
//                    for routing each request past the extension, whoever's it is;
//   Leakscope        the built extension, monitoring the fixture store.
// --latency <ms> delays every fixture response by that much, like a store and CDNs across a network
// instead of on loopback (where a page loads in ~100 ms and fixed costs weigh most).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureBuilt, launchBrowser, monitor } from '../tests/harness/browser.mjs';
import { STORE } from '../tests/harness/hosts.mjs';
import { startServers } from '../tests/harness/servers.mjs';

const arg = (name, fallback) => (process.argv.includes(name) ? Number(process.argv[process.argv.indexOf(name) + 1]) : fallback);
const runs = arg('--runs', 20);
const latencyMs = arg('--latency', 0);
const unmonitored = process.argv.includes('--unmonitored');
const PAGES = ['/shop/', '/product/hoodie-with-logo/', '/cart/', '/typed-checkout/', '/my-account/'];

// Kept in step with utils/background/register-web-request.ts (Chrome build) by tests/unit/bench-floor.test.ts.
const FLOOR_WORKER = `const all = { urls: ['<all_urls>'] };
const nothing = () => {};
chrome.webRequest.onBeforeRequest.addListener(nothing, all, ['requestBody', 'extraHeaders']);
chrome.webRequest.onBeforeSendHeaders.addListener(nothing, all, ['requestHeaders', 'extraHeaders']);
chrome.webRequest.onCompleted.addListener(nothing, all, ['responseHeaders', 'extraHeaders']);
chrome.webRequest.onErrorOccurred.addListener(nothing, all, ['extraHeaders']);
`;

const quantile = (xs, q) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * q))];
const median = (xs) => quantile(xs, 0.5);
const pct = (a, b) => `${(((a - b) / b) * 100).toFixed(1)} %`;

function writeExtension(manifest, worker) {
  const dir = mkdtempSync(join(tmpdir(), 'leakscope-bench-ext-'));
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify({ manifest_version: 3, version: '1.0', background: { service_worker: 'sw.js' }, ...manifest }));
  writeFileSync(join(dir, 'sw.js'), worker);
  return dir;
}

/** Load one page fresh and read its load time and the longest task from the page itself. */
async function load(ctx, path) {
  const page = await ctx.newPage();
  await page.addInitScript(() => {
    window.__longest = 0;
    try {
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) window.__longest = Math.max(window.__longest, e.duration);
      }).observe({ type: 'longtask', buffered: true });
    } catch {}
  });
  await page.goto(`${STORE}${path}`, { waitUntil: 'load' });
  await page.waitForTimeout(250); // the harvester's scan and the hook's globals read run at idle after load
  const r = await page.evaluate(() => ({ load: performance.getEntriesByType('navigation')[0].loadEventEnd, longest: window.__longest }));
  await page.close();
  return r;
}

async function main() {
  ensureBuilt({ quiet: true });
  const servers = await startServers({ latencyMs });
  const emptyDir = writeExtension({ name: 'Empty' }, '// nothing\n');
  const floorDir = writeExtension({ name: 'webRequest floor', permissions: ['webRequest'], host_permissions: ['<all_urls>'] }, FLOOR_WORKER);
  const browsers = [
    ['extensions off', await launchBrowser({ servers, withExtension: false })],
    ['empty extension', await launchBrowser({ servers, dist: emptyDir })],
    ['webRequest floor', await launchBrowser({ servers, dist: floorDir })],
    ['Leakscope', await launchBrowser({ servers })],
  ];
  try {
    const leakscope = browsers[3][1];
    if (!unmonitored) await monitor(leakscope.ctx, leakscope.extensionId, [STORE]);
    const sides = Object.fromEntries(browsers.map(([name]) => [name, { load: [], longest: [] }]));
    for (const path of PAGES) for (const [, b] of browsers) await load(b.ctx, path); // warm caches and JIT
    for (let i = 0; i < runs; i++)
      for (const path of PAGES)
        for (const [name, b] of i % 2 ? [...browsers].reverse() : browsers) {
          const r = await load(b.ctx, path);
          sides[name].load.push(r.load);
          sides[name].longest.push(r.longest);
        }
    const m = Object.fromEntries(browsers.map(([name]) => [name, median(sides[name].load)]));
    const where = latencyMs ? `fixture responses delayed ${latencyMs} ms` : 'loopback, no added latency';
    console.log(`Leakscope page cost — ${runs} interleaved runs × ${PAGES.length} fixture pages, headless Chromium, ${where}, store ${unmonitored ? 'NOT monitored' : 'monitored'}`);
    console.log(`  median load (loadEventEnd): ${browsers.map(([name]) => `${name} ${m[name].toFixed(1)} ms`).join(', ')}`);
    console.log(`  overhead of Leakscope: ${pct(m.Leakscope, m['empty extension'])} over a browser with an empty extension (target ≤ 3 %), ${pct(m.Leakscope, m['extensions off'])} over extensions off`);
    console.log(`    of which Chromium's webRequest routing (the floor over the empty extension): ${pct(m['webRequest floor'], m['empty extension'])}`);
    console.log(`    and Leakscope's own code (over the floor): ${pct(m.Leakscope, m['webRequest floor'])}`);
    console.log(`  (the extension system alone: ${pct(m['empty extension'], m['extensions off'])})`);
    // One slow load on this VM can hold a long task whoever runs: the 95th percentile of each load's longest task, and the worst.
    const longest = (name) => `${name} ${quantile(sides[name].longest, 0.95).toFixed(0)} / ${Math.max(...sides[name].longest).toFixed(0)} ms`;
    console.log(`  longest main-thread task per load, 95th percentile / worst: ${browsers.map(([name]) => longest(name)).join(', ')} (long tasks are ≥ 50 ms; 0 = none)`);
  } finally {
    for (const [, b] of browsers) await b.close();
    rmSync(emptyDir, { recursive: true, force: true });
    rmSync(floorDir, { recursive: true, force: true });
    await servers.close();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
