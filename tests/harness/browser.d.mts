// Types for browser.mjs (kept by hand).
import type { BrowserContext, Page, Worker } from 'playwright-core';

export declare const ROOT: string;
export declare const DIST: string;
export declare const CHROMIUM: string;
export declare function testDist(): string;
export declare function snapshotDist(dist?: string, timeoutMs?: number): Promise<string>;
export declare const DB_NAME: 'leakscope';
export declare const TABLES: readonly ['sessions', 'visits', 'requests', 'frames'];
export type TableName = (typeof TABLES)[number];

export declare function ensureBuilt(options?: { quiet?: boolean }): string;

export interface LaunchOptions {
  servers: { httpPort: number; httpsPort: number };
  withExtension?: boolean;
  dist?: string;
  copyDist?: boolean;
  netLogFile?: string;
  extraArgs?: string[];
}

export interface LaunchedBrowser {
  ctx: BrowserContext;
  extensionId: string | null;
  sw: Worker | null;
  userDataDir: string;
  close(): Promise<void>;
}

export declare function launchBrowser(options: LaunchOptions): Promise<LaunchedBrowser>;
export declare function openExtensionPage(ctx: BrowserContext, extensionId: string, pagePath?: string): Promise<Page>;
export declare function monitor(
  ctx: BrowserContext,
  extensionId: string,
  origins: string[],
  options?: { timeoutMs?: number; page?: Page },
): Promise<Page>;
// Rows are typed by the caller (utils/db.ts); the harness stays untyped JS.
export declare function readTable<T = any>(extPage: Page, name: TableName | string): Promise<T[]>;
export declare function readAll(extPage: Page): Promise<{ sessions: any[]; visits: any[]; requests: any[]; frames: any[] }>;
export declare function waitFor<T>(
  fn: () => T | Promise<T>,
  options?: { timeoutMs?: number; intervalMs?: number; message?: string; throwOnTimeout?: boolean },
): Promise<T>;
export declare function stopServiceWorker(page: Page, options?: { timeoutMs?: number }): Promise<{ stopped: boolean; statuses: string[] }>;
export declare function tabIdOf(extPage: Page, url: string): Promise<number | null>;
