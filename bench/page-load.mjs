#!/usr/bin/env node
// Page cost of the extension: loads fixture store pages in Chromium with and without Leakscope
// (interleaved, same machine, same run), and prints the median load-time overhead and the longest
// main-thread task seen on each side. Figures, not assertions: `npm run bench:pages [-- --runs 30]`.
//
// Two baselines: a browser with extensions off (headless Chromium's default) and one with an empty
// MV3 extension loaded — what any real browser pays for its extension system, whoever's it is.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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
  const emptyDir = mkdtempSync(join(tmpdir(), 'leakscope-empty-ext-'));
  writeFileSync(join(emptyDir, 'manifest.json'), JSON.stringify({ manifest_version: 3, name: 'Empty', version: '1.0', background: { service_worker: 'sw.js' } }));
  writeFileSync(join(emptyDir, 'sw.js'), '// nothing\n');
  const withExt = await launchBrowser({ servers });
  const without = await launchBrowser({ servers, withExtension: false });
  const empty = await launchBrowser({ servers, dist: emptyDir });
  try {
    // --unmonitored: the extension is installed but the store is not monitored (the cost of merely being there).
    if (!process.argv.includes('--unmonitored')) await monitor(withExt.ctx, withExt.extensionId, [STORE]);
    const browsers = [['without', without], ['empty extension', empty], ['with', withExt]];
    const sides = Object.fromEntries(browsers.map(([name]) => [name, { load: [], longest: 0 }]));
    for (const path of PAGES) for (const [, b] of browsers) await load(b.ctx, path); // warm caches and JIT
    for (let i = 0; i < runs; i++)
      for (const path of PAGES)
        for (const [name, b] of i % 2 ? [...browsers].reverse() : browsers) {
          const r = await load(b.ctx, path);
          sides[name].load.push(r.load);
          sides[name].longest = Math.max(sides[name].longest, r.longest);
        }
    const base = median(sides.without.load);
    const system = median(sides['empty extension'].load);
    const ext = median(sides.with.load);
    const pct = (a, b) => `${(((a - b) / b) * 100).toFixed(1)} %`;
    console.log(`Leakscope page cost — ${runs} interleaved runs × ${PAGES.length} fixture pages, headless Chromium, store ${process.argv.includes('--unmonitored') ? 'NOT monitored' : 'monitored'}`);
    console.log(`  median load (loadEventEnd): extensions off ${base.toFixed(1)} ms, empty extension ${system.toFixed(1)} ms, Leakscope ${ext.toFixed(1)} ms`);
    console.log(`  overhead of Leakscope: ${pct(ext, system)} over a browser with an empty extension, ${pct(ext, base)} over extensions off (target ≤ 3 %)`);
    console.log(`  (the extension system alone: ${pct(system, base)})`);
    console.log(`  longest main-thread task: extensions off ${sides.without.longest.toFixed(0)} ms, empty extension ${sides['empty extension'].longest.toFixed(0)} ms, Leakscope ${sides.with.longest.toFixed(0)} ms (long tasks are ≥ 50 ms; 0 = none)`);
  } finally {
    await withExt.close();
    await without.close();
    await empty.close();
    rmSync(emptyDir, { recursive: true, force: true });
    await servers.close();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
