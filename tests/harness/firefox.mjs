// Firefox ESR, headless, driven over WebDriver BiDi with nothing but `ws`.
//
// Playwright's Firefox needs Mozilla's patched build, which this machine cannot download, so the
// E2E talks BiDi directly. The extension is sideloaded through a throw-away profile (a file
// `extensions/<gecko id>` holding the absolute path of the unpacked build), with a fixed
// moz-extension UUID so its pages have a known URL. BiDi refuses to navigate to moz-extension://,
// so extension pages are opened as command-line URLs and found with browsingContext.getTree.
//
// Host names are mapped to 127.0.0.1 with `network.dns.localDomains`, which keeps the port: the
// fixture servers must listen on 80 and 443. The profile's prefs also switch off Firefox's own
// background traffic (updates, telemetry, studies, safe browsing, remote settings, …), so a run
// never talks to anything but loopback.
import { spawn } from 'node:child_process';
import { cp, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import WebSocket from 'ws';

export const FIREFOX_BIN = process.env.FIREFOX_BIN || '/usr/bin/firefox-esr';

/** The add-on id from wxt.config.ts and the fixed UUID its moz-extension:// host gets. */
export const LEAKSCOPE_GECKO_ID = 'leakscope@leakscope.dev';
export const LEAKSCOPE_UUID = '0f3c9a52-7d4e-4b1a-9c6e-5a1e2b3c4d5e';
export const LEAKSCOPE_BASE = `moz-extension://${LEAKSCOPE_UUID}`;

/** @param {number} ms @returns {Promise<void>} */
export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Poll `fn` until it returns something other than undefined/null/false, or time out.
 * @template T
 * @param {() => Promise<T | undefined | null | false> | T | undefined | null | false} fn
 * @param {{ timeoutMs?: number, intervalMs?: number, what?: string }} [options]
 * @returns {Promise<T>}
 */
export async function waitFor(fn, { timeoutMs = 10_000, intervalMs = 100, what = 'condition' } = {}) {
  const deadline = Date.now() + timeoutMs;
  /** @type {unknown} */
  let lastError;
  for (;;) {
    try {
      const value = await fn();
      if (value !== undefined && value !== null && value !== false) return /** @type {T} */ (value);
    } catch (err) {
      lastError = err;
    }
    if (Date.now() >= deadline) {
      const suffix = lastError ? ` (last error: ${lastError instanceof Error ? lastError.message : String(lastError)})` : '';
      throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}${suffix}`);
    }
    await sleep(intervalMs);
  }
}

/** A free TCP port on 127.0.0.1 (for --remote-debugging-port). @returns {Promise<number>} */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/**
 * Prefs that keep Firefox quiet and on loopback: no updates, telemetry, studies, safe browsing,
 * remote settings, captive-portal/connectivity probes, speculative connections, DoH, push, or
 * first-run pages. HTTPS-First is off so `http://store.test` stays http.
 * @type {Record<string, string | number | boolean>}
 */
export const QUIET_PREFS = {
  // first run / start pages
  'browser.shell.checkDefaultBrowser': false,
  'browser.startup.page': 0,
  'browser.startup.homepage': 'about:blank',
  'browser.startup.homepage_override.mstone': 'ignore',
  'startup.homepage_welcome_url': 'about:blank',
  'startup.homepage_welcome_url.additional': '',
  'browser.aboutwelcome.enabled': false,
  'browser.newtabpage.enabled': false,
  'browser.newtab.preload': false,
  'browser.newtabpage.activity-stream.feeds.system.topstories': false,
  'browser.newtabpage.activity-stream.feeds.section.topstories': false,
  'browser.newtabpage.activity-stream.feeds.snippets': false,
  'browser.newtabpage.activity-stream.feeds.telemetry': false,
  'browser.newtabpage.activity-stream.telemetry': false,
  'browser.newtabpage.activity-stream.showSponsored': false,
  'browser.newtabpage.activity-stream.showSponsoredTopSites': false,
  'browser.topsites.contile.enabled': false,
  'browser.tabs.warnOnClose': false,
  'browser.warnOnQuit': false,
  'browser.sessionstore.resume_from_crash': false,
  'browser.uitour.enabled': false,
  'browser.discovery.enabled': false,
  'extensions.pocket.enabled': false,
  'identity.fxaccounts.enabled': false,
  'browser.ping-centre.telemetry': false,
  'datareporting.policy.firstRunURL': '',
  // updates (application, add-ons, system add-ons, GMP plugins, search engines, region)
  'app.update.auto': false,
  'app.update.enabled': false,
  'app.update.disabledForTesting': true,
  'app.update.checkInstallTime': false,
  'app.update.url': '',
  'extensions.update.enabled': false,
  'extensions.update.autoUpdateDefault': false,
  'extensions.getAddons.cache.enabled': false,
  'extensions.systemAddon.update.enabled': false,
  'extensions.systemAddon.update.url': '',
  'extensions.blocklist.enabled': false,
  'media.gmp-manager.url': '',
  'media.gmp-manager.updateEnabled': false,
  'media.gmp-provider.enabled': false,
  'browser.search.update': false,
  'browser.search.geoSpecificDefaults': false,
  'browser.region.network.url': '',
  'browser.region.update.enabled': false,
  'geo.provider.network.url': '',
  'geo.enabled': false,
  // telemetry, health report, studies, Normandy
  'toolkit.telemetry.enabled': false,
  'toolkit.telemetry.unified': false,
  'toolkit.telemetry.archive.enabled': false,
  'toolkit.telemetry.server': '',
  'toolkit.telemetry.shutdownPingSender.enabled': false,
  'toolkit.telemetry.newProfilePing.enabled': false,
  'toolkit.telemetry.firstShutdownPing.enabled': false,
  'toolkit.telemetry.updatePing.enabled': false,
  'toolkit.telemetry.bhrPing.enabled': false,
  'toolkit.telemetry.reportingpolicy.firstRun': false,
  'datareporting.healthreport.uploadEnabled': false,
  'datareporting.policy.dataSubmissionEnabled': false,
  'app.normandy.enabled': false,
  'app.normandy.api_url': '',
  'app.shield.optoutstudies.enabled': false,
  'messaging-system.rsexperimentloader.enabled': false,
  'browser.crashReports.unsubmittedCheck.enabled': false,
  'breakpad.reportURL': '',
  // remote settings, safe browsing, certificate revocation lists
  'services.settings.server': 'data:,#remote-settings-dummy/v1',
  'browser.safebrowsing.malware.enabled': false,
  'browser.safebrowsing.phishing.enabled': false,
  'browser.safebrowsing.blockedURIs.enabled': false,
  'browser.safebrowsing.downloads.enabled': false,
  'browser.safebrowsing.downloads.remote.enabled': false,
  'browser.safebrowsing.passwords.enabled': false,
  'browser.safebrowsing.provider.google.updateURL': '',
  'browser.safebrowsing.provider.google4.updateURL': '',
  'browser.safebrowsing.provider.mozilla.updateURL': '',
  'browser.safebrowsing.provider.google.gethashURL': '',
  'browser.safebrowsing.provider.google4.gethashURL': '',
  'browser.safebrowsing.provider.mozilla.gethashURL': '',
  'privacy.trackingprotection.enabled': false,
  'privacy.trackingprotection.pbmode.enabled': false,
  'security.OCSP.enabled': 0,
  'security.remote_settings.crlite_filters.enabled': false,
  'security.remote_settings.intermediates.enabled': false,
  // network probes and speculative traffic
  'network.captive-portal-service.enabled': false,
  'network.connectivity-service.enabled': false,
  'network.trr.mode': 5,
  'network.dns.disablePrefetch': true,
  'network.prefetch-next': false,
  'network.predictor.enabled': false,
  'network.http.speculative-parallel-limit': 0,
  'browser.urlbar.speculativeConnect.enabled': false,
  'browser.places.speculativeConnect.enabled': false,
  'browser.urlbar.suggest.searches': false,
  'dom.push.enabled': false,
  'dom.push.connection.enabled': false,
  'dom.push.serverURL': '',
  // keep http://store.test on http
  'dom.security.https_first': false,
  'dom.security.https_first_pbm': false,
  'dom.security.https_first_schemeless': false,
  'dom.security.https_only_mode': false,
};

/**
 * @param {Record<string, string | number | boolean>} prefs
 * @returns {string} user.js content
 */
export function userJs(prefs) {
  return (
    Object.entries(prefs)
      .map(([name, value]) => `user_pref(${JSON.stringify(name)}, ${JSON.stringify(value)});`)
      .join('\n') + '\n'
  );
}

/**
 * @typedef {object} SideloadedExtension
 * @property {string} id    gecko id (browser_specific_settings.gecko.id)
 * @property {string} path  absolute path of the unpacked build
 * @property {string} uuid  moz-extension:// host to pin
 */

/**
 * Prefs that send every host except `directHosts` (and localhost) to a SOCKS proxy on a closed
 * loopback port, with remote DNS: anything Firefox tries to reach beyond the fixture hosts fails
 * at once, without even a DNS lookup leaving the machine.
 * @param {string[]} directHosts
 * @param {number} deadPort a loopback port nothing listens on
 * @returns {Record<string, string | number | boolean>}
 */
export function loopbackOnlyPrefs(directHosts, deadPort) {
  return {
    'network.proxy.type': 1,
    'network.proxy.socks': '127.0.0.1',
    'network.proxy.socks_port': deadPort,
    'network.proxy.socks_version': 5,
    'network.proxy.socks_remote_dns': true,
    'network.proxy.socks5_remote_dns': true,
    'network.proxy.share_proxy_settings': false,
    'network.proxy.allow_hijacking_localhost': false,
    'network.proxy.no_proxies_on': [...directHosts, 'localhost', '127.0.0.1'].join(','),
  };
}

/**
 * Create a fresh profile directory with the extensions sideloaded and the prefs in user.js.
 * `localDomains` resolve to 127.0.0.1; unless `deadProxyPort` is null, every other host is
 * blocked (see loopbackOnlyPrefs).
 * @param {{ dir?: string, extensions?: SideloadedExtension[], localDomains?: string[], deadProxyPort?: number | null, prefs?: Record<string, string | number | boolean> }} [options]
 * @returns {Promise<string>} the profile directory
 */
export async function createProfile({ dir, extensions = [], localDomains = [], deadProxyPort, prefs = {} } = {}) {
  const blockPort = deadProxyPort === undefined ? await freePort() : deadProxyPort;
  const profileDir = dir ?? (await mkdtemp(path.join(os.tmpdir(), 'leakscope-ff-profile-')));
  await mkdir(path.join(profileDir, 'extensions'), { recursive: true });
  for (const ext of extensions) {
    if (!path.isAbsolute(ext.path)) throw new Error(`extension path must be absolute: ${ext.path}`);
    await writeFile(path.join(profileDir, 'extensions', ext.id), ext.path);
  }
  /** @type {Record<string, string | number | boolean>} */
  const all = {
    ...QUIET_PREFS,
    'xpinstall.signatures.required': false,
    'extensions.autoDisableScopes': 0,
    'extensions.enabledScopes': 15,
    'extensions.webextensions.uuids': JSON.stringify(Object.fromEntries(extensions.map((e) => [e.id, e.uuid]))),
    'network.dns.localDomains': localDomains.join(','),
    ...(blockPort === null ? {} : loopbackOnlyPrefs(localDomains, blockPort)),
    ...prefs,
  };
  await writeFile(path.join(profileDir, 'user.js'), userJs(all));
  return profileDir;
}

/**
 * @typedef {object} FirefoxProcess
 * @property {import('node:child_process').ChildProcess} child
 * @property {number} port      remote debugging port
 * @property {string} wsUrl     ws://127.0.0.1:<port>/session
 * @property {() => string} output  everything Firefox printed so far (stdout + stderr)
 * @property {() => Promise<void>} kill  SIGTERM the process group, SIGKILL after 3 s
 */

/**
 * Launch headless Firefox on a profile and wait until WebDriver BiDi listens.
 * @param {{ profileDir: string, urls?: string[], port?: number, binary?: string, timeoutMs?: number, env?: NodeJS.ProcessEnv }} options
 * @returns {Promise<FirefoxProcess>}
 */
export async function launchFirefox({ profileDir, urls = [], port, binary = FIREFOX_BIN, timeoutMs = 20_000, env = {} }) {
  const debugPort = port ?? (await freePort());
  const args = ['-headless', '-no-remote', '-profile', profileDir, `--remote-debugging-port=${debugPort}`, ...urls];
  const child = spawn(binary, args, {
    // Own process group, so kill() also ends the content processes.
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      ...process.env,
      MOZ_HEADLESS: '1',
      MOZ_CRASHREPORTER_DISABLE: '1',
      MOZ_DISABLE_AUTO_SAFE_MODE: '1',
      // Release builds ignore services.settings.server unless this is set; without it Remote
      // Settings keeps resolving firefox.settings.services.mozilla.com.
      MOZ_REMOTE_SETTINGS_DEVTOOLS: '1',
      ...env,
    },
  });
  let output = '';
  const exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
  const kill = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const pid = /** @type {number} */ (child.pid);
    const signalGroup = (/** @type {NodeJS.Signals} */ sig) => {
      try {
        process.kill(-pid, sig);
      } catch {
        // already gone
      }
    };
    signalGroup('SIGTERM');
    const timer = setTimeout(() => signalGroup('SIGKILL'), 3000);
    await exited;
    clearTimeout(timer);
    signalGroup('SIGKILL'); // leftover children of the group, if any
  };
  const wsUrl = await new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      void kill();
      reject(new Error(`Firefox: no "WebDriver BiDi listening" within ${timeoutMs} ms.\n${output}`));
    }, timeoutMs);
    /** @param {Buffer} chunk */
    const onData = (chunk) => {
      output += chunk.toString();
      const m = /WebDriver BiDi listening on (ws:\/\/[^\s]+)/.exec(output);
      if (m) {
        clearTimeout(timer);
        resolve(`ws://127.0.0.1:${debugPort}/session`);
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('error', (err) => {
      clearTimeout(timer);
      reject(err);
    });
    void exited.then((/** @type {any} */ how) => {
      clearTimeout(timer);
      reject(new Error(`Firefox exited early (${JSON.stringify(how)}).\n${output}`));
    });
  });
  return { child, port: debugPort, wsUrl, output: () => output, kill };
}

/** A minimal WebDriver BiDi client over `ws`. */
export class BiDi {
  /** @param {WebSocket} ws */
  constructor(ws) {
    this.ws = ws;
    this.nextId = 1;
    /** @type {Map<number, { resolve: (v: any) => void, reject: (e: Error) => void, method: string }>} */
    this.pending = new Map();
    /** @type {Set<(event: { method: string, params: any }) => void>} */
    this.listeners = new Set();
    /** @type {any} the session.new result */
    this.session = undefined;
    ws.on('message', (data) => {
      /** @type {any} */
      const msg = JSON.parse(data.toString());
      if (msg.type === 'event') {
        for (const fn of this.listeners) fn({ method: msg.method, params: msg.params });
        return;
      }
      const waiter = this.pending.get(msg.id);
      if (!waiter) return;
      this.pending.delete(msg.id);
      if (msg.type === 'error') waiter.reject(new Error(`BiDi ${waiter.method}: ${msg.error}: ${msg.message}`));
      else waiter.resolve(msg.result);
    });
    ws.on('close', () => {
      for (const waiter of this.pending.values()) waiter.reject(new Error(`BiDi ${waiter.method}: connection closed`));
      this.pending.clear();
    });
  }

  /**
   * Connect and create a session (acceptInsecureCerts, so the self-signed fixture cert passes).
   * @param {string} wsUrl
   * @param {Record<string, unknown>} [capabilities]
   */
  static async connect(wsUrl, capabilities = { acceptInsecureCerts: true }) {
    const ws = new WebSocket(wsUrl, { perMessageDeflate: false });
    await new Promise((resolve, reject) => {
      ws.once('open', resolve);
      ws.once('error', reject);
    });
    const client = new BiDi(ws);
    client.session = await client.send('session.new', { capabilities: { alwaysMatch: capabilities } });
    return client;
  }

  /**
   * @param {string} method
   * @param {Record<string, unknown>} [params]
   * @param {number} [timeoutMs]
   * @returns {Promise<any>}
   */
  send(method, params = {}, timeoutMs = 15_000) {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending.delete(id);
        reject(new Error(`BiDi ${method}: no answer within ${timeoutMs} ms`));
      }, timeoutMs);
      this.pending.set(id, {
        method,
        resolve: (v) => {
          clearTimeout(timer);
          resolve(v);
        },
        reject: (e) => {
          clearTimeout(timer);
          reject(e);
        },
      });
      this.ws.send(JSON.stringify({ id, method, params }));
    });
  }

  /** @param {(event: { method: string, params: any }) => void} fn @returns {() => void} unsubscribe */
  onEvent(fn) {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  }

  /** @returns {Promise<{ context: string, url: string, parent?: string | null, children?: any[] }[]>} top-level contexts */
  async topContexts() {
    const { contexts } = await this.send('browsingContext.getTree', { maxDepth: 0 });
    return contexts;
  }

  /**
   * Wait for a top-level context whose URL matches.
   * @param {(url: string) => boolean} match
   * @param {number} [timeoutMs]
   * @returns {Promise<string>} context id
   */
  async waitForContext(match, timeoutMs = 10_000) {
    const ctx = await waitFor(async () => (await this.topContexts()).find((c) => match(c.url)), {
      timeoutMs,
      what: 'a browsing context with a matching URL',
    });
    return ctx.context;
  }

  /** Open a new tab. @returns {Promise<string>} its context id */
  async newTab() {
    const { context } = await this.send('browsingContext.create', { type: 'tab' });
    return context;
  }

  /**
   * @param {string} context
   * @param {string} url
   * @param {'none' | 'interactive' | 'complete'} [wait]
   */
  navigate(context, url, wait = 'complete') {
    return this.send('browsingContext.navigate', { context, url, wait }, 30_000);
  }

  /** @param {string} context */
  activate(context) {
    return this.send('browsingContext.activate', { context });
  }

  /** @param {string} context */
  reload(context, wait = 'complete') {
    return this.send('browsingContext.reload', { context, wait }, 30_000);
  }

  /**
   * Run `fn` in the page (awaited) and return its JSON-serialised result, parsed.
   * `fn` must be self-contained; `args` are passed as JSON.
   * @param {string} context
   * @param {(...args: any[]) => unknown} fn
   * @param {unknown[]} [args]
   * @returns {Promise<any>}
   */
  async evaluate(context, fn, args = []) {
    const expression = `(async () => JSON.stringify(await (${fn.toString()})(...${JSON.stringify(args)})))()`;
    const res = await this.send('script.evaluate', {
      expression,
      target: { context },
      awaitPromise: true,
      resultOwnership: 'none',
    });
    if (res.type === 'exception') {
      const details = res.exceptionDetails ?? {};
      throw new Error(`script.evaluate threw: ${details.text ?? JSON.stringify(details)}`);
    }
    const value = res.result?.value;
    return value === undefined ? undefined : JSON.parse(value);
  }

  async close() {
    try {
      await this.send('browser.close', {}, 3000);
    } catch {
      // the process is killed anyway
    }
    this.ws.close();
  }
}

/**
 * In-page function: read whole object stores of an IndexedDB without creating or upgrading it.
 * Returns `{ exists: false }` when the database does not exist yet (the open's upgrade is
 * aborted, so a reader never creates an empty database under the extension's feet).
 * @param {string} dbName
 * @param {string[]} storeNames
 */
export function readIndexedDbInPage(dbName, storeNames) {
  return new Promise((resolve, reject) => {
    const req = indexedDB.open(dbName);
    let created = false;
    req.onupgradeneeded = () => {
      created = true;
      req.transaction?.abort();
    };
    req.onerror = () => {
      if (created) resolve({ exists: false, stores: {} });
      else reject(new Error(String(req.error)));
    };
    req.onsuccess = () => {
      const db = req.result;
      const present = storeNames.filter((n) => db.objectStoreNames.contains(n));
      /** @type {Record<string, unknown[]>} */
      const stores = {};
      if (present.length === 0) {
        db.close();
        resolve({ exists: true, version: db.version, stores });
        return;
      }
      const tx = db.transaction(present, 'readonly');
      for (const name of present) {
        const r = tx.objectStore(name).getAll();
        r.onsuccess = () => {
          stores[name] = r.result;
        };
      }
      tx.oncomplete = () => {
        db.close();
        resolve({ exists: true, version: db.version, stores });
      };
      tx.onerror = () => {
        db.close();
        reject(new Error(String(tx.error)));
      };
    };
  });
}

/**
 * @typedef {object} FirefoxSession
 * @property {BiDi} bidi
 * @property {FirefoxProcess} firefox
 * @property {string} profileDir
 * @property {string} extensionDir  the copy of the build that Firefox loads
 * @property {(context: string, dbName: string, stores: string[]) => Promise<{ exists: boolean, version?: number, stores: Record<string, any[]> }>} readDb
 * @property {() => Promise<void>} close  end the session, Firefox and the temp dirs
 */

/**
 * Copy the unpacked build to a temp dir (so a concurrent `wxt build` cannot swap files under a
 * running Firefox), sideload it in a fresh profile, launch Firefox with `startUrls`, connect BiDi.
 * @param {{ dist: string, startUrls?: string[], localDomains?: string[], prefs?: Record<string, string | number | boolean>, id?: string, uuid?: string, copyDist?: boolean }} options
 * @returns {Promise<FirefoxSession>}
 */
export async function startFirefoxWithExtension({
  dist,
  startUrls = [],
  localDomains = [],
  prefs = {},
  id = LEAKSCOPE_GECKO_ID,
  uuid = LEAKSCOPE_UUID,
  copyDist = true,
}) {
  const workDir = await mkdtemp(path.join(os.tmpdir(), 'leakscope-ff-'));
  const extensionDir = copyDist ? path.join(workDir, 'extension') : path.resolve(dist);
  if (copyDist) await cp(path.resolve(dist), extensionDir, { recursive: true });
  const profileDir = await createProfile({
    dir: path.join(workDir, 'profile'),
    extensions: [{ id, path: extensionDir, uuid }],
    localDomains,
    prefs,
  });
  /** @type {FirefoxProcess | undefined} */
  let firefox;
  /** @type {BiDi | undefined} */
  let bidi;
  const close = async () => {
    if (bidi) await bidi.close();
    if (firefox) await firefox.kill();
    await rm(workDir, { recursive: true, force: true, maxRetries: 3 });
  };
  try {
    firefox = await launchFirefox({ profileDir, urls: startUrls });
    bidi = await BiDi.connect(firefox.wsUrl);
  } catch (err) {
    await close();
    throw err;
  }
  const client = bidi;
  return {
    bidi: client,
    firefox,
    profileDir,
    extensionDir,
    readDb: (context, dbName, stores) => client.evaluate(context, readIndexedDbInPage, [dbName, stores]),
    close,
  };
}
