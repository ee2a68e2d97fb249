#!/usr/bin/env node
// Leakscope demo: build the extension (skip with LEAKSCOPE_SKIP_BUILD=1), start the fixture
// servers, launch headless Chromium with the extension, monitor the fixture store through the
// options page, walk the store (shop → product → search → cart → checkout → my-account) and print,
// per visit, every request Leakscope recorded.
//
//   npm run demo            or   node scripts/demo.mjs
//
// Plain Node ESM, no TypeScript step. Exit code 0 when the walk ran and Leakscope recorded it;
// 1 when something is missing (the reason is printed).
import { rmSync } from 'node:fs';
import { ensureBuilt, launchBrowser, monitor, readAll, readTable, snapshotDist, waitFor } from '../tests/harness/browser.mjs';
import { STORE } from '../tests/harness/hosts.mjs';
import { formatRequestLine, rowMentions } from '../tests/harness/records.mjs';
import { startServers } from '../tests/harness/servers.mjs';
import { walkStore } from '../tests/harness/store.mjs';

const log = (/** @type {string} */ line = '') => process.stdout.write(`${line}\n`);

const RANK = /** @type {Record<string, number>} */ ({ critical: 0, high: 1, medium: 2, low: 3, info: 4 });

/** One finding on one line: how bad, what, to whom, by which script, how. */
function formatFinding(f) {
  const to = f.kind === 'page-exposure' ? `exposed in the page (${f.destination.host})`
    : `${f.destination.vendor ?? f.destination.kind} (${f.destination.host}${f.destination.country ? `, ${f.destination.country}` : ''})`;
  const by = f.source.url ? f.source.url.replace(/^https?:\/\/[^/]+/, '').replace('/wp-content/plugins/', '') : f.source.method;
  const ev = f.evidence[0];
  const how = ev ? `  [${ev.chain.join(' › ')}] ${ev.preview}` : '';
  return `${f.severity.toUpperCase().padEnd(8)} ${f.dataCategory.padEnd(16)} → ${to} by ${by} via ${f.transports.join('+')} ×${f.count}${how}`;
}

async function main() {
  log('Leakscope demo');
  const dist = ensureBuilt({ quiet: true });
  log(`  extension: ${dist}${process.env.LEAKSCOPE_SKIP_BUILD === '1' ? ' (existing build)' : ' (freshly built)'}`);
  const snapshot = await snapshotDist(dist); // private copy: a concurrent rebuild cannot disturb the run
  const servers = await startServers();
  log(`  fixture servers: http 127.0.0.1:${servers.httpPort}, https/wss 127.0.0.1:${servers.httpsPort}`);
  const browser = await launchBrowser({ servers, dist: snapshot, copyDist: false });
  let exitCode = 0;
  try {
    const extensionId = /** @type {string} */ (browser.extensionId);
    log(`  Chromium started with the extension ${extensionId}`);
    /** @type {import('playwright-core').Page} */
    let ext;
    try {
      ext = await monitor(browser.ctx, extensionId, [STORE]);
      log(`  monitoring ${STORE} (options page confirmed)`);
    } catch (err) {
      exitCode = 1;
      log(`  WARNING: ${/** @type {Error} */ (err).message}`);
      ext = browser.ctx.pages().find((p) => p.url().startsWith(`chrome-extension://${extensionId}/`)) ?? (await browser.ctx.newPage());
    }

    const page = await browser.ctx.newPage();
    log('');
    log('Walking the store…');
    const walk = await walkStore(page, {
      onPage: (v) => log(`  ${v.name.padEnd(11)} ${v.url}  (${v.sent.length} plugin request${v.sent.length === 1 ? '' : 's'}${v.errors.length ? `, errors: ${v.errors.join('; ')}` : ''})`),
    });

    // A shopper types into the classic checkout; a chatbot plugin sends it before they submit.
    await page.goto(`${STORE}/typed-checkout/`);
    for (const [field, value] of [['#billing_first_name', 'Zoë'], ['#billing_last_name', 'Lindqvist'], ['#billing_email', 'zoe.lindqvist@example.org']])
      await page.locator(field).pressSequentially(value, { delay: 15 });
    log(`  ${'typed'.padEnd(11)} ${STORE}/typed-checkout/  (typed a customer, never submitted)`);

    // Wait (up to 10 s) until every plugin marker is stored, so the listing is complete.
    const markers = walk.flatMap((v) => v.sent.map((e) => e.marker));
    /** @type {{ sessions: any[], visits: any[], requests: any[], frames: any[] }} */
    let db = await waitFor(
      async () => {
        const t = await readAll(ext);
        return markers.every((m) => t.requests.some((r) => rowMentions(r, m))) ? t : null;
      },
      { timeoutMs: 10_000, intervalMs: 250, throwOnTimeout: false },
    ).catch(() => null);
    db ??= await readAll(ext).catch((err) => {
      log(`  WARNING: cannot read the Leakscope database: ${err.message}`);
      return { sessions: [], visits: [], requests: [], frames: [] };
    });

    // Findings of the typed checkout arrive once its seeds are known: wait for them too.
    const findings = /** @type {any[]} */ ((await waitFor(async () => {
      const all = await readTable(ext, 'findings');
      return all.some((f) => f.dataCategory === 'full-name') ? all : null;
    }, { timeoutMs: 10_000, intervalMs: 250, throwOnTimeout: false })) ?? (await readTable(ext, 'findings').catch(() => [])));
    db = await readAll(ext).catch(() => db); // again: the typed checkout's requests came in meanwhile

    log('');
    log(`Recorded: ${db.visits.length} visits, ${db.requests.length} requests, ${db.frames.length} WebSocket frames, ${findings.length} findings`);
    const visits = [...db.visits].sort((a, b) => a.startedAt - b.startedAt);
    for (const visit of visits) {
      const rows = db.requests.filter((r) => r.visitId === visit.id).sort((a, b) => a.startedAt - b.startedAt);
      log('');
      log(`Visit ${visit.url}${visit.title ? `  “${visit.title}”` : ''}  (tab ${visit.tabId}, ${rows.length} requests)`);
      for (const nav of visit.spaNavigations ?? []) log(`  ↳ ${nav.kind} ${nav.url}`);
      const mine = findings.filter((f) => f.visitId === visit.id).sort((a, b) => RANK[a.severity] - RANK[b.severity]);
      for (const f of mine) log(`  ${formatFinding(f)}`);
      if (mine.length) log('  requests:');
      for (const row of rows) {
        log(`  ${formatRequestLine(row)}`);
        for (const f of db.frames.filter((x) => x.socketHookId && x.socketHookId === row.hookId)) {
          const what = f.body?.text !== undefined ? `text ${f.body.size ?? '?'} B` : `binary ${f.body?.size ?? '?'} B`;
          log(`      ws frame → ${what}`);
        }
      }
    }
    const orphans = db.requests.filter((r) => !db.visits.some((v) => v.id === r.visitId));
    if (orphans.length) {
      log('');
      log(`Requests without a known visit: ${orphans.length}`);
      for (const row of orphans) log(`  ${formatRequestLine(row)}`);
    }
    log('');
    const bySeverity = Object.keys(RANK).map((sev) => `${findings.filter((f) => f.severity === sev).length} ${sev}`);
    log(`Findings: ${bySeverity.join(', ')} (evidence is masked and hashed; no raw customer value is stored)`);
    const missing = markers.filter((m) => !db.requests.some((r) => rowMentions(r, m)));
    log('');
    if (missing.length) {
      exitCode = 1;
      log(`NOT recorded (${missing.length} of ${markers.length} plugin requests): ${missing.join(', ')}`);
    } else {
      log(`All ${markers.length} plugin requests of the walk were recorded.`);
    }
  } finally {
    await browser.close();
    await servers.close();
    rmSync(snapshot, { recursive: true, force: true });
  }
  return exitCode;
}

main().then(
  (code) => process.exit(code),
  (err) => {
    console.error(`demo failed: ${err?.stack ?? err}`);
    process.exit(1);
  },
);
