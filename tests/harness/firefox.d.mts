// Types for firefox.mjs (kept by hand next to it, like the other harness .d.mts files).
import type { ChildProcess } from 'node:child_process';

export declare const FIREFOX_BIN: string;
export declare const LEAKSCOPE_GECKO_ID: 'leakscope@leakscope.dev';
export declare const LEAKSCOPE_UUID: string;
export declare const LEAKSCOPE_BASE: string;
export declare const QUIET_PREFS: Record<string, string | number | boolean>;

export declare function sleep(ms: number): Promise<void>;
export declare function waitFor<T>(
  fn: () => Promise<T | undefined | null | false> | T | undefined | null | false,
  options?: { timeoutMs?: number; intervalMs?: number; what?: string },
): Promise<T>;
export declare function freePort(): Promise<number>;
export declare function userJs(prefs: Record<string, string | number | boolean>): string;
export declare function loopbackOnlyPrefs(directHosts: string[], deadPort: number): Record<string, string | number | boolean>;

export interface SideloadedExtension {
  id: string;
  path: string;
  uuid: string;
}
export declare function createProfile(options?: {
  dir?: string;
  extensions?: SideloadedExtension[];
  localDomains?: string[];
  deadProxyPort?: number | null;
  prefs?: Record<string, string | number | boolean>;
}): Promise<string>;

export interface FirefoxProcess {
  child: ChildProcess;
  port: number;
  wsUrl: string;
  output(): string;
  kill(): Promise<void>;
}
export declare function launchFirefox(options: {
  profileDir: string;
  urls?: string[];
  port?: number;
  binary?: string;
  timeoutMs?: number;
  env?: NodeJS.ProcessEnv;
}): Promise<FirefoxProcess>;

export interface BiDiEvent {
  method: string;
  params: any;
}
export declare class BiDi {
  session: any;
  static connect(wsUrl: string, capabilities?: Record<string, unknown>): Promise<BiDi>;
  send(method: string, params?: Record<string, unknown>, timeoutMs?: number): Promise<any>;
  onEvent(fn: (event: BiDiEvent) => void): () => void;
  topContexts(): Promise<{ context: string; url: string; parent?: string | null; children?: any[] }[]>;
  waitForContext(match: (url: string) => boolean, timeoutMs?: number): Promise<string>;
  newTab(): Promise<string>;
  navigate(context: string, url: string, wait?: 'none' | 'interactive' | 'complete'): Promise<any>;
  activate(context: string): Promise<any>;
  reload(context: string, wait?: 'none' | 'interactive' | 'complete'): Promise<any>;
  evaluate(context: string, fn: (...args: any[]) => unknown, args?: unknown[]): Promise<any>;
  close(): Promise<void>;
}

export declare function readIndexedDbInPage(
  dbName: string,
  storeNames: string[],
): Promise<{ exists: boolean; version?: number; stores: Record<string, unknown[]> }>;

export interface FirefoxSession {
  bidi: BiDi;
  firefox: FirefoxProcess;
  profileDir: string;
  extensionDir: string;
  readDb(context: string, dbName: string, stores: string[]): Promise<{ exists: boolean; version?: number; stores: Record<string, any[]> }>;
  close(): Promise<void>;
}
export declare function startFirefoxWithExtension(options: {
  dist: string;
  startUrls?: string[];
  localDomains?: string[];
  prefs?: Record<string, string | number | boolean>;
  id?: string;
  uuid?: string;
  copyDist?: boolean;
}): Promise<FirefoxSession>;
