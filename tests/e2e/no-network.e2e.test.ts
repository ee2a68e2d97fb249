// The extension itself makes no network request.
//
// Method: Chromium's net log (--log-net-log). It is written by the network service, which every
// HTTP(S)/WebSocket request of the browser goes through: page and iframe requests, workers, the
// extension's service worker (fetch, WebSocket), extension pages, and requests the browser makes
// for an extension API (e.g. chrome.tabs.create to a URL, which shows up as a navigation). Each
// entry carries the URL and the initiator origin. This is sturdier than CDP Network events, which
// are per target and lose the service worker whenever it is stopped and restarted.
//
// The run: with the extension, monitor the store, walk the whole store, stop the service worker
// once (so its startup code runs twice) and load one more page. Then close the browser (which
// finishes the log) and check:
//   1. no request has a chrome-extension:// initiator;
//   2. every request targets a fixture host, apart from the browser's own service calls (no
//      initiator, not a navigation, Google service hosts; see isBrowserServiceRequest), which are
//      listed in the output and which a plain browser makes just the same;
//   3. the extension adds no page-initiated request either (the MAIN-world hook runs as the page,
//      so its requests would carry the page's origin): the set of page requests with the
//      extension is a subset of the set in the same walk in a plain browser without it.
// Nothing can leave the machine anyway: --host-resolver-rules maps every non-fixture name to
// NOTFOUND.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, monitor, stopServiceWorker } from '../harness/browser.mjs';
import { FIXTURE_HOSTS, STORE } from '../harness/hosts.mjs';
import { isBrowserServiceRequest, readNetLogRequests, type NetLogRequest } from '../harness/netlog.mjs';
import { startServers, type FixtureServers } from '../harness/servers.mjs';
import { visitStorePage, walkStore } from '../harness/store.mjs';

let dir: string;
let servers: FixtureServers;
let extensionId = '';
let monitorError: Error | null = null;
let withExt: NetLogRequest[] = [];
let withoutExt: NetLogRequest[] = [];

/** Markers are random per page load; replace them so two runs can be compared. */
const normalize = (r: NetLogRequest) => `${r.method} ${r.url.replace(/LSM-[a-z0-9-]+/g, 'LSM-*')}`;
const hostOf = (url: string) => {
  try {
    return new URL(url).hostname;
  } catch {
    return '';
  }
};

async function run(withExtension: boolean): Promise<NetLogRequest[]> {
  const netLogFile = path.join(dir, `${withExtension ? 'with' : 'without'}-extension.json`);
  const b = await launchBrowser({ servers, withExtension, netLogFile });
  try {
    if (withExtension) {
      extensionId = b.extensionId!;
      // Exercise the options page even if it does not apply the origins yet.
      await monitor(b.ctx, extensionId, [STORE]).catch((err: Error) => {
        monitorError = err;
      });
    }
    const page = await b.ctx.newPage();
    await walkStore(page);
    if (withExtension) await stopServiceWorker(page);
    await visitStorePage(page, { name: 'product again', path: '/product/hoodie-with-logo/' });
  } finally {
    await b.close();
  }
  return readNetLogRequests(netLogFile);
}

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'leakscope-netlog-'));
  servers = await startServers();
  withoutExt = await run(false);
  withExt = await run(true);
}, 90_000);

afterAll(async () => {
  await servers?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('the extension makes no network request (Chromium net log)', () => {
  it('the net log captured the run (sanity)', () => {
    expect(extensionId).toMatch(/^[a-p]{32}$/);
    const urls = withExt.map((r) => r.url);
    expect(urls).toContain(`${STORE}/shop/`);
    expect(urls).toContain('https://api.openai.com/v1/chat/completions');
    expect(urls.some((u) => u.startsWith('wss://api.openai.com/v1/realtime'))).toBe(true);
    if (monitorError) console.log(`[no-network] note: ${monitorError.message}`);
  });

  it('no request is initiated by the extension (chrome-extension:// initiator)', () => {
    const fromExtension = withExt.filter((r) => r.initiator.startsWith('chrome-extension://'));
    expect(fromExtension.map((r) => `${r.initiator} ${r.method} ${r.url}`)).toEqual([]);
  });

  it('every request targets a fixture host (except the browser’s own service calls)', () => {
    const service = withExt.filter(isBrowserServiceRequest);
    if (service.length) {
      console.log(`[no-network] browser service calls ignored (no initiator, go to NOTFOUND): ${[...new Set(service.map((r) => hostOf(r.url)))].join(', ')}`);
    }
    const elsewhere = withExt.filter((r) => !isBrowserServiceRequest(r) && !FIXTURE_HOSTS.includes(hostOf(r.url)));
    expect(elsewhere.map((r) => `${r.initiator} ${r.requestType} ${r.method} ${r.url}`)).toEqual([]);
  });

  it('the extension adds no page-initiated request (subset of the same walk without it)', () => {
    const pageRequests = (rs: NetLogRequest[]) => new Set(rs.filter((r) => !isBrowserServiceRequest(r)).map(normalize));
    const baseline = pageRequests(withoutExt);
    const extra = [...pageRequests(withExt)].filter((r) => !baseline.has(r));
    expect(extra).toEqual([]);
  });
});
