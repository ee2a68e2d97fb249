// Headless Chromium with the built Leakscope extension, and helpers to drive and inspect it.
//
//   ensureBuilt()          build .output/chrome-mv3 once (skipped with LEAKSCOPE_SKIP_BUILD=1)
//   launchBrowser(...)     fresh profile, host rules → fixture servers, extension loaded (or not)
//   monitor(...)           options.html?monitor=<origins>, wait until the page applied them
//   readTable / readAll    raw IndexedDB reads from an extension page
//   waitFor                polling helper
//   stopServiceWorker      stop the MV3 service worker through CDP
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { hostResolverRules } from './servers.mjs';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const DIST = path.join(ROOT, '.output', 'chrome-mv3');
/** The build the tests load: a private snapshot made by the E2E global setup, else DIST. */
export const testDist = () => process.env.LEAKSCOPE_DIST || DIST;
export const CHROMIUM = process.env.LEAKSCOPE_CHROMIUM ?? '/usr/bin/chromium';
export const DB_NAME = 'leakscope';
export const TABLES = /** @type {const} */ (['sessions', 'visits', 'requests', 'frames']);

/** @typedef {import('playwright-core').BrowserContext} BrowserContext */
/** @typedef {import('playwright-core').Page} Page */
/** @typedef {import('playwright-core').Worker} Worker */

/**
 * Build the Chrome MV3 extension with `wxt build`.
 * Runs the build unless LEAKSCOPE_SKIP_BUILD=1 is set (then the existing build is used as is, and
 * only its presence is checked). A build takes ~2 s; the E2E global setup calls this once per run
 * and sets LEAKSCOPE_SKIP_BUILD=1 for the test files.
 * @param {{ quiet?: boolean }} [options]
 */
export function ensureBuilt({ quiet = true } = {}) {
  const manifest = path.join(DIST, 'manifest.json');
  if (process.env.LEAKSCOPE_SKIP_BUILD === '1' && existsSync(manifest)) return DIST;
  const started = Date.now();
  const run = spawnSync('npx', ['wxt', 'build'], { cwd: ROOT, encoding: 'utf8', stdio: quiet ? 'pipe' : 'inherit' });
  if (run.status !== 0) {
    throw new Error(`wxt build failed (exit ${run.status}):\n${run.stdout ?? ''}\n${run.stderr ?? ''}`);
  }
  if (!existsSync(manifest)) throw new Error(`wxt build did not produce ${manifest}`);
  if (!quiet) console.log(`[harness] built ${path.relative(ROOT, DIST)} in ${Date.now() - started} ms`);
  return DIST;
}

/**
 * Copy a finished build to a private temp directory, so other people rebuilding .output while the
 * tests run (wxt build empties it first) cannot pull the extension away mid-run. Retries while
 * the build is incomplete. Returns the snapshot directory; delete it when done.
 * @param {string} [dist]
 * @param {number} [timeoutMs]
 */
export async function snapshotDist(dist = DIST, timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const target = mkdtempSync(path.join(tmpdir(), 'leakscope-dist-'));
    try {
      if (existsSync(path.join(dist, 'manifest.json')) && existsSync(path.join(dist, 'background.js'))) {
        cpSync(dist, target, { recursive: true });
        if (existsSync(path.join(target, 'manifest.json')) && existsSync(path.join(target, 'background.js'))) return target;
      }
    } catch {
      // the build was being replaced while we copied: try again
    }
    rmSync(target, { recursive: true, force: true });
    if (Date.now() > deadline) throw new Error(`no complete extension build at ${dist} within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/**
 * @typedef {object} LaunchOptions
 * @property {{ httpPort: number, httpsPort: number }} servers fixture server ports
 * @property {boolean} [withExtension] load the extension (default true)
 * @property {string} [dist] unpacked extension directory (default: $LEAKSCOPE_DIST, else .output/chrome-mv3)
 * @property {boolean} [copyDist] load a private copy of dist (default true), so a concurrent
 *   rebuild of .output cannot change the extension under a running test
 * @property {string} [netLogFile] write a Chromium net log (--log-net-log) to this file
 * @property {string[]} [extraArgs]
 */

/**
 * @typedef {object} LaunchedBrowser
 * @property {BrowserContext} ctx
 * @property {string | null} extensionId
 * @property {Worker | null} sw the extension service worker (null without the extension)
 * @property {string} userDataDir
 * @property {() => Promise<void>} close closes the browser and deletes the profile
 */

/**
 * Launch headless Chromium in a fresh profile, with every fixture host mapped to the local servers.
 * @param {LaunchOptions} options
 * @returns {Promise<LaunchedBrowser>}
 */
export async function launchBrowser({ servers, withExtension = true, dist = testDist(), copyDist = true, netLogFile, extraArgs = [] }) {
  const work = mkdtempSync(path.join(tmpdir(), 'leakscope-e2e-'));
  const userDataDir = path.join(work, 'profile');
  let extDir = dist;
  if (withExtension) {
    if (!existsSync(path.join(dist, 'manifest.json'))) {
      rmSync(work, { recursive: true, force: true });
      throw new Error(`no extension build at ${dist}; run ensureBuilt()`);
    }
    if (copyDist) {
      extDir = path.join(work, 'chrome-mv3');
      cpSync(dist, extDir, { recursive: true });
    }
  }
  const args = [
    ...(withExtension ? [`--disable-extensions-except=${extDir}`, `--load-extension=${extDir}`] : []),
    `--host-resolver-rules=${hostResolverRules(servers)}`,
    '--ignore-certificate-errors',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--no-default-browser-check',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-domain-reliability',
    '--disable-client-side-phishing-detection',
    '--metrics-recording-only',
    // Keep http://store.test on http: no automatic https upgrade attempt of typed navigations.
    // (no --disable-features here: Chromium keeps only the last one, and Playwright's own list already
    // disables HttpsUpgrades, NetworkTimeServiceQuerying, OptimizationHints, ...)
    ...(netLogFile ? [`--log-net-log=${netLogFile}`, '--net-log-capture-mode=Default'] : []),
    ...extraArgs,
  ];
  const ctx = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    args,
    viewport: { width: 1200, height: 800 },
  });
  let sw = null;
  let extensionId = null;
  try {
    if (withExtension) {
      sw =
        ctx.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://')) ??
        (await ctx.waitForEvent('serviceworker', {
          predicate: (w) => w.url().startsWith('chrome-extension://'),
          timeout: 15_000,
        }));
      extensionId = new URL(sw.url()).host;
    }
  } catch (err) {
    await ctx.close().catch(() => {});
    rmSync(work, { recursive: true, force: true });
    throw new Error(`the extension's service worker did not start: ${/** @type {Error} */ (err).message}`);
  }
  return {
    ctx,
    extensionId,
    sw,
    userDataDir,
    async close() {
      await ctx.close().catch(() => {});
      rmSync(work, { recursive: true, force: true });
    },
  };
}

/**
 * Open an extension page in a new tab (default: the options page).
 * @param {BrowserContext} ctx
 * @param {string} extensionId
 * @param {string} [pagePath]
 */
export async function openExtensionPage(ctx, extensionId, pagePath = 'options.html') {
  const page = await ctx.newPage();
  await page.goto(`chrome-extension://${extensionId}/${pagePath}`);
  return page;
}

/**
 * Monitor the given store origins through the options page (`options.html?monitor=a,b`) and wait
 * until the page says it applied them (`<html data-monitor-applied="true">`) and lists each one
 * in a `[data-testid="monitored-origin"]` element. Returns the options page, which stays open:
 * use it for readTable().
 * @param {BrowserContext} ctx
 * @param {string} extensionId
 * @param {string[]} origins
 * @param {{ timeoutMs?: number, page?: Page }} [options] pass `page` to reuse an open tab
 * @returns {Promise<Page>}
 */
export async function monitor(ctx, extensionId, origins, { timeoutMs = 10_000, page } = {}) {
  const tab = page ?? (await ctx.newPage());
  const url = `chrome-extension://${extensionId}/options.html?monitor=${origins.map(encodeURIComponent).join(',')}`;
  try {
    await tab.goto(url);
  } catch (err) {
    throw new Error(`monitor(): cannot open ${url}: ${/** @type {Error} */ (err).message.split('\n')[0]}`);
  }
  try {
    await tab.waitForFunction(
      (wanted) => {
        if (document.documentElement.dataset.monitorApplied !== 'true') return false;
        const shown = [...document.querySelectorAll('[data-testid="monitored-origin"]')].map((e) => e.textContent?.trim());
        return wanted.every((o) => shown.includes(o));
      },
      origins,
      { timeout: timeoutMs, polling: 100 },
    );
  } catch {
    const state = await tab
      .evaluate(() => ({
        applied: document.documentElement.dataset.monitorApplied ?? null,
        shown: [...document.querySelectorAll('[data-testid="monitored-origin"]')].map((e) => e.textContent?.trim()),
        title: document.title,
      }))
      .catch(() => null);
    throw new Error(
      `monitor(): options page did not apply ${origins.join(', ')} within ${timeoutMs} ms ` +
        `(data-monitor-applied=${state?.applied ?? '?'}, shown=${JSON.stringify(state?.shown ?? [])}, title=${JSON.stringify(state?.title ?? '')})`,
    );
  }
  return tab;
}

/**
 * All rows of one object store of the `leakscope` IndexedDB, read raw from an extension page (the
 * DB is opened without a version, so this never upgrades or blocks the extension's Dexie). Returns
 * [] when the database does not exist yet; throws when the store is missing.
 * @param {Page} extPage a page on chrome-extension://<id>/
 * @param {string} name sessions | visits | requests | frames
 * @returns {Promise<any[]>}
 */
export async function readTable(extPage, name) {
  return extPage.evaluate(
    async ({ dbName, store }) => {
      const dbs = await indexedDB.databases();
      if (!dbs.some((d) => d.name === dbName)) return [];
      /** @type {IDBDatabase} */
      const db = await new Promise((resolve, reject) => {
        const req = indexedDB.open(dbName);
        // The DB vanished between databases() and open(): don't create an empty one.
        req.onupgradeneeded = () => req.transaction?.abort();
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error ?? new Error('indexedDB.open failed'));
      }).catch(() => null);
      if (!db) return [];
      try {
        if (!db.objectStoreNames.contains(store)) {
          throw new Error(`IndexedDB ${dbName} v${db.version} has no object store "${store}" (has: ${[...db.objectStoreNames].join(', ')})`);
        }
        return await new Promise((resolve, reject) => {
          const req = db.transaction(store, 'readonly').objectStore(store).getAll();
          req.onsuccess = () => resolve(req.result);
          req.onerror = () => reject(req.error);
        });
      } finally {
        db.close();
      }
    },
    { dbName: DB_NAME, store: name },
  );
}

/**
 * Every table at once.
 * @param {Page} extPage
 * @returns {Promise<{ sessions: any[], visits: any[], requests: any[], frames: any[] }>}
 */
export async function readAll(extPage) {
  const [sessions, visits, requests, frames] = await Promise.all(TABLES.map((t) => readTable(extPage, t)));
  return { sessions, visits, requests, frames };
}

/**
 * Poll `fn` until it returns a truthy value (returned), or time out.
 * On timeout: throws (default) or, with `throwOnTimeout: false`, returns the last value so the
 * caller's expect() can show a precise diff.
 * @template T
 * @param {() => T | Promise<T>} fn
 * @param {{ timeoutMs?: number, intervalMs?: number, message?: string, throwOnTimeout?: boolean }} [options]
 * @returns {Promise<T>}
 */
export async function waitFor(fn, { timeoutMs = 10_000, intervalMs = 100, message = 'condition', throwOnTimeout = true } = {}) {
  const deadline = Date.now() + timeoutMs;
  /** @type {T} */
  let last;
  /** @type {unknown} */
  let lastError;
  for (;;) {
    try {
      last = await fn();
      lastError = undefined;
      if (last) return last;
    } catch (err) {
      lastError = err;
    }
    if (Date.now() >= deadline) break;
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
  if (throwOnTimeout) {
    const why = lastError ? `: ${/** @type {Error} */ (lastError).message ?? lastError}` : '';
    throw new Error(`waitFor: ${message} not met within ${timeoutMs} ms${why}`);
  }
  if (lastError) throw lastError;
  // @ts-ignore -- assigned at least once above
  return last;
}

/**
 * Stop every service worker (the extension's MV3 background included) with CDP
 * `ServiceWorker.stopAllWorkers`, and wait until the extension's worker reports `stopped`.
 * The worker restarts by itself on its next event (a webRequest event or a runtime message).
 * Playwright's Worker handle survives the restart and keeps working.
 * @param {Page} page any page of the context (a CDP session is opened on it)
 * @param {{ timeoutMs?: number }} [options]
 * @returns {Promise<{ stopped: boolean, statuses: string[] }>} whether `stopped` was observed
 */
export async function stopServiceWorker(page, { timeoutMs = 5000 } = {}) {
  const cdp = await page.context().newCDPSession(page);
  /** @type {Map<string, { runningStatus: string, scriptURL: string }>} */
  const versions = new Map();
  /** @type {string[]} */
  const statuses = [];
  /** @type {() => void} */
  let onChange = () => {};
  cdp.on('ServiceWorker.workerVersionUpdated', (event) => {
    for (const v of event.versions) {
      if (!v.scriptURL.startsWith('chrome-extension://')) continue;
      versions.set(v.versionId, { runningStatus: v.runningStatus, scriptURL: v.scriptURL });
      statuses.push(v.runningStatus);
    }
    onChange();
  });
  try {
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    const allStopped = () =>
      statuses.includes('stopped') && [...versions.values()].every((v) => v.runningStatus === 'stopped');
    const stopped = await new Promise((resolve) => {
      if (allStopped()) return resolve(true);
      const timer = setTimeout(() => resolve(false), timeoutMs);
      onChange = () => {
        if (!allStopped()) return;
        clearTimeout(timer);
        resolve(true);
      };
    });
    return { stopped: /** @type {boolean} */ (stopped), statuses };
  } finally {
    await cdp.send('ServiceWorker.disable').catch(() => {});
    await cdp.detach().catch(() => {});
  }
}

/**
 * The browser tab id of the tab showing `url` (exact match), asked through chrome.tabs from an
 * extension page. Returns null when no such tab exists.
 * @param {Page} extPage
 * @param {string} url
 * @returns {Promise<number | null>}
 */
export async function tabIdOf(extPage, url) {
  return extPage.evaluate(async (wanted) => {
    // @ts-ignore -- chrome.* exists on extension pages
    const tabs = await chrome.tabs.query({});
    const tab = tabs.find((/** @type {{url?: string}} */ t) => t.url === wanted);
    return tab?.id ?? null;
  }, url);
}
