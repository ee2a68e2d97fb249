// Firefox ESR E2E: the Firefox MV3 build, sideloaded in headless Firefox and driven over WebDriver
// BiDi (tests/harness/firefox.mjs). The fixture servers listen on 127.0.0.1:80/443 because
// Firefox's host mapping (network.dns.localDomains) keeps the port, so this needs root.
//
// 1. The options page (a command-line URL: BiDi cannot navigate to moz-extension://) adds
//    http://store.test through ?monitor=.
// 2. The product page's AI Engine plugin POSTs JSON to https://api.openai.com/v1/chat/completions
//    with fetch; the row Leakscope stores for it must have the exact body the server received,
//    the plugin script as initiator, transport fetch, the page's visit, and both sides joined.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { LEAKSCOPE_BASE, startFirefoxWithExtension, waitFor, type FirefoxSession } from '../harness/firefox.mjs';
import { FIXTURE_HOSTS, STORE } from '../harness/hosts.mjs';
import { startServers, type FixtureServers } from '../harness/servers.mjs';
import type { RequestRow, VisitRow } from '@/utils/db';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** LEAKSCOPE_FIREFOX_DIST=<dir> tests an existing unpacked build instead (no build step). */
const DIST_OVERRIDE = process.env.LEAKSCOPE_FIREFOX_DIST;
const DIST = DIST_OVERRIDE ? path.resolve(DIST_OVERRIDE) : path.join(ROOT, '.output', 'firefox-mv3');
const OPTIONS_URL = `${LEAKSCOPE_BASE}/options.html?monitor=${STORE}`;
const PRODUCT_URL = `${STORE}/product/hoodie-with-logo/`;
const CHAT_URL = 'https://api.openai.com/v1/chat/completions';
const PLUGIN_SCRIPT = `${STORE}/wp-content/plugins/ai-engine/chatbot.js?ver=2.4.1`;

/** Newest mtime under the given paths (files or directories, recursively). */
function newestMtime(paths: string[]): number {
  let newest = 0;
  const visit = (p: string) => {
    if (!existsSync(p)) return;
    const st = statSync(p);
    if (st.isDirectory()) for (const name of readdirSync(p)) visit(path.join(p, name));
    else newest = Math.max(newest, st.mtimeMs);
  };
  for (const p of paths) visit(p);
  return newest;
}

/** Build .output/firefox-mv3 when it is missing or older than the sources. */
function ensureFirefoxBuild() {
  const manifest = path.join(DIST, 'manifest.json');
  if (DIST_OVERRIDE) {
    if (!existsSync(manifest)) throw new Error(`LEAKSCOPE_FIREFOX_DIST has no manifest.json: ${DIST}`);
    return;
  }
  const sources = ['entrypoints', 'components', 'utils', 'public', 'assets', 'wxt.config.ts', 'package.json'].map((p) =>
    path.join(ROOT, p),
  );
  if (existsSync(manifest) && statSync(manifest).mtimeMs >= newestMtime(sources)) return;
  const wxt = path.join(ROOT, 'node_modules', '.bin', 'wxt');
  const res = spawnSync(wxt, ['build', '-b', 'firefox', '--mv3'], { cwd: ROOT, encoding: 'utf8' });
  if (res.status !== 0 || !existsSync(manifest)) {
    throw new Error(`wxt build -b firefox --mv3 failed (exit ${res.status}):\n${res.stdout}\n${res.stderr}`);
  }
}

interface DbSnapshot {
  exists: boolean;
  version?: number;
  stores: { requests?: RequestRow[]; visits?: VisitRow[] };
}

interface SentEntry {
  plugin: string;
  transport: string;
  method: string;
  url: string;
  script: string;
  marker: string;
  body?: string;
}

let servers: FixtureServers | undefined;
let ff: FirefoxSession | undefined;
let optionsContext = '';

async function readDb(): Promise<DbSnapshot> {
  if (!ff) throw new Error('Firefox is not running');
  return (await ff.readDb(optionsContext, 'leakscope', ['requests', 'visits'])) as DbSnapshot;
}

describe('Firefox MV3 build in headless Firefox ESR', () => {
  beforeAll(async () => {
    ensureFirefoxBuild();
    servers = await startServers({ httpPort: 80, httpsPort: 443 });
    ff = await startFirefoxWithExtension({ dist: DIST, startUrls: [OPTIONS_URL], localDomains: FIXTURE_HOSTS });
    optionsContext = await ff.bidi.waitForContext((url) => url.startsWith(LEAKSCOPE_BASE));
  }, 45_000);

  afterAll(async () => {
    await ff?.close();
    await servers?.close();
  }, 15_000);

  test('the extension loads and its options page monitors the store (?monitor=)', async () => {
    const bidi = ff!.bidi;
    // A background tab does not run the page's effects; the options tab must be the active one.
    await bidi.activate(optionsContext);
    const readOptions = () =>
      bidi.evaluate(optionsContext, () => ({
        url: location.href,
        applied: document.documentElement.dataset.monitorApplied ?? null,
        origins: Array.from(document.querySelectorAll('[data-testid="monitored-origin"]'), (e) => e.textContent),
      })) as Promise<{ url: string; applied: string | null; origins: string[] }>;
    let state = await waitFor(async () => {
      const s = await readOptions();
      return s.applied === 'true' && s.origins.includes(STORE) ? s : undefined;
    }, { timeoutMs: 4000, what: 'the options page to apply ?monitor=' }).catch(async () => {
      // The command-line URL can load before the sideloaded add-on has started: reload once.
      await bidi.reload(optionsContext);
      await bidi.activate(optionsContext);
      return waitFor(async () => {
        const s = await readOptions();
        return s.applied === 'true' && s.origins.includes(STORE) ? s : undefined;
      }, { timeoutMs: 6000, what: 'the options page to apply ?monitor= (after a reload)' }).catch(() => readOptions());
    });
    expect(state.url).toBe(OPTIONS_URL);
    expect(state.applied).toBe('true');
    expect(state.origins).toContain(STORE);

    // The extension's IndexedDB is readable from the extension page.
    const snapshot = await readDb();
    expect(snapshot).toHaveProperty('exists');
  }, 20_000);

  test('a plugin fetch POST to api.openai.com is recorded with its body, initiator and visit', async () => {
    const bidi = ff!.bidi;
    const tab = await bidi.newTab();
    await bidi.activate(tab);
    await bidi.navigate(tab, PRODUCT_URL, 'complete');

    const received = await servers!.waitForReceived((e) => e.kind === 'http' && e.method === 'POST' && e.url === CHAT_URL, 10_000);
    const sent = (await bidi.evaluate(tab, async () => {
      const fx = (window as unknown as { __fx: { pending: Promise<unknown>[]; sent: { plugin: string }[] } }).__fx;
      await Promise.allSettled(fx.pending);
      return fx.sent.find((s) => s.plugin === 'ai-engine') ?? null;
    })) as SentEntry | null;
    expect(sent, 'window.__fx.sent has the ai-engine entry').not.toBeNull();
    expect(sent!.script).toBe(PLUGIN_SCRIPT);
    expect(received.body.toString('utf8')).toBe(sent!.body);

    // Read the DB from the extension page until the row is there and both sides have been joined
    // (or the time is up; then the assertions below show what is missing).
    await bidi.activate(optionsContext);
    let snapshot: DbSnapshot = { exists: false, stores: {} };
    const findRow = (s: DbSnapshot) => (s.stores.requests ?? []).find((r) => r.url === CHAT_URL && r.method === 'POST');
    await waitFor(async () => {
      snapshot = await readDb();
      const row = findRow(snapshot);
      return row && row.seenBy === 'both' && row.joinOpen === 0;
    }, { timeoutMs: 8000, intervalMs: 200, what: 'a joined request row' }).catch(() => undefined);

    const requests = snapshot.stores.requests ?? [];
    const visits = snapshot.stores.visits ?? [];
    const summary = `DB exists=${snapshot.exists} v${snapshot.version}; ${visits.length} visits [${visits.map((v) => v.url).join(', ')}]; ${requests.length} requests:\n${requests
      .map((r) => `  ${r.seenBy} ${r.transport} ${r.method} ${r.url} initiator=${r.initiator?.url ?? r.initiator?.method}`)
      .join('\n')}`;
    // Nothing at all for the store tab means the background treated it as unmonitored: it did not
    // see the settings the options page wrote (seen in ~1 of 10 runs, see the lead's notes).
    const hint =
      visits.length === 0 && requests.length === 0
        ? '\nHint: nothing recorded at all — the background probably missed the ?monitor= settings write (storage.onChanged).'
        : '';
    const row = findRow(snapshot);
    expect(row, `no request row for POST ${CHAT_URL}.\n${summary}${hint}`).toBeDefined();
    const visit = visits.find((v) => v.url === PRODUCT_URL);
    expect(visit, `no visit for ${PRODUCT_URL}.\n${summary}`).toBeDefined();
    expect({
      bodyText: row!.body?.text,
      initiatorUrl: row!.initiator?.url,
      transport: row!.transport,
      visitId: row!.visitId,
      seenBy: row!.seenBy,
    }).toEqual({
      bodyText: received.body.toString('utf8'),
      initiatorUrl: PLUGIN_SCRIPT,
      transport: 'fetch',
      visitId: visit!.id,
      seenBy: 'both',
    });
  }, 30_000);

  test('the background injects the harvester into the monitored page: its visit gets the page type', async () => {
    const bidi = ff!.bidi;
    await bidi.activate(optionsContext);
    let visit: VisitRow | undefined;
    await waitFor(async () => {
      visit = ((await readDb()).stores.visits ?? []).find((v) => v.url === PRODUCT_URL && v.page);
      return visit;
    }, { timeoutMs: 8000, intervalMs: 200, what: 'the product visit with its page type' }).catch(() => undefined);
    expect(visit?.page, 'no page type on the product visit: the harvester did not run').toMatchObject({ page: { kind: 'product' }, isWooCommerce: true });
  }, 15_000);
});
