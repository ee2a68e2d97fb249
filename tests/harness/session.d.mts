// Types for session.mjs (kept by hand).
import type { BrowserContext, Page } from 'playwright-core';
import type { LaunchedBrowser } from './browser.mjs';
import type { FixtureServers } from './servers.mjs';

export interface Session {
  servers: FixtureServers;
  browser: LaunchedBrowser;
  ctx: BrowserContext;
  extensionId: string;
  /** The options page, left open; pass it to readTable/readAll. */
  ext: Page;
  close(): Promise<void>;
}

export declare function startSession(options?: {
  origins?: string[];
  netLogFile?: string;
  servers?: FixtureServers;
}): Promise<Session>;
