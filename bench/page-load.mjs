#!/usr/bin/env node
// Page cost of the extension: loads fixture store pages in Chromium with and without Leakscope
// (interleaved, same machine, same run), and prints the median load-time overhead and the longest
// main-thread task seen on each side. Figures, not assertions: `npm run bench:pages [-- --runs 30]`.
import { ensureBuilt, launchBrowser, monitor } from '../tests/harness/browser.mjs';
import { STORE } from '../tests/harness/hosts.mjs';
import { startServers } from '../tests/harness/servers.mjs';

const runs = Number(process.argv[process.argv.indexOf('--runs') + 1]) || 20;
const PAGES = ['/shop/', '/product/hoodie-with-logo/', '/cart/', '/typed-checkout/', '/my-account/'];

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

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
  await page.waitForTimeout(50); // let the long-task observer deliver
  const r = await page.evaluate(() => ({ load: performance.getEntriesByType('navigation')[0].loadEventEnd, longest: window.__longest }));
  await page.close();
  return r;
}

async function main() {
  ensureBuilt({ quiet: true });
  const servers = await startServers();
  const withExt = await launchBrowser({ servers });
  const without = await launchBrowser({ servers, withExtension: false });
  try {
    // --unmonitored: the extension is installed but the store is not monitored (the cost of merely being there).
    if (!process.argv.includes('--unmonitored')) await monitor(withExt.ctx, withExt.extensionId, [STORE]);
    const sides = { without: { load: [], longest: 0 }, with: { load: [], longest: 0 } };
    for (const path of PAGES) { await load(withExt.ctx, path); await load(without.ctx, path); } // warm caches and JIT
    for (let i = 0; i < runs; i++)
      for (const path of PAGES)
        for (const [name, b] of i % 2 ? [['with', withExt], ['without', without]] : [['without', without], ['with', withExt]]) {
          const r = await load(b.ctx, path);
          sides[name].load.push(r.load);
          sides[name].longest = Math.max(sides[name].longest, r.longest);
        }
    const base = median(sides.without.load);
    const ext = median(sides.with.load);
    console.log(`Leakscope page cost — ${runs} interleaved runs × ${PAGES.length} fixture pages, headless Chromium`);
    console.log(`  median load (loadEventEnd): without ${base.toFixed(1)} ms, with ${ext.toFixed(1)} ms`);
    console.log(`  overhead: ${(((ext - base) / base) * 100).toFixed(1)} % (ratio ${(ext / base).toFixed(3)}; target ≤ 3 %)`);
    console.log(`  longest main-thread task: without ${sides.without.longest.toFixed(0)} ms, with ${sides.with.longest.toFixed(0)} ms (long tasks are ≥ 50 ms; 0 = none)`);
  } finally {
    await withExt.close();
    await without.close();
    await servers.close();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
