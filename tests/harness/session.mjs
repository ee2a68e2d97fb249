// One E2E "session": fixture servers + a Chromium with the extension + the store monitored.
import { launchBrowser, monitor } from './browser.mjs';
import { STORE } from './hosts.mjs';
import { startServers } from './servers.mjs';

/**
 * @typedef {object} Session
 * @property {import('./servers.mjs').FixtureServers} servers
 * @property {import('./browser.mjs').LaunchedBrowser} browser
 * @property {import('playwright-core').BrowserContext} ctx
 * @property {string} extensionId
 * @property {import('playwright-core').Page} ext the options page (open; use it for readTable)
 * @property {() => Promise<void>} close
 */

/**
 * Start servers, launch Chromium with the extension and monitor `origins` (default: the store).
 * Everything started is closed again if a later step fails.
 * @param {{ origins?: string[], netLogFile?: string, servers?: import('./servers.mjs').FixtureServers }} [options]
 * @returns {Promise<Session>}
 */
export async function startSession({ origins = [STORE], netLogFile, servers: given } = {}) {
  const servers = given ?? (await startServers());
  /** @type {import('./browser.mjs').LaunchedBrowser | undefined} */
  let browser;
  try {
    browser = await launchBrowser({ servers, netLogFile });
    const extensionId = /** @type {string} */ (browser.extensionId);
    const ext = await monitor(browser.ctx, extensionId, origins);
    const b = browser;
    return {
      servers,
      browser: b,
      ctx: b.ctx,
      extensionId,
      ext,
      async close() {
        await b.close();
        if (!given) await servers.close();
      },
    };
  } catch (err) {
    await browser?.close();
    if (!given) await servers.close();
    throw err;
  }
}
