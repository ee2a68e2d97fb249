// Types for servers.mjs (kept by hand).
export declare const FIXTURE_ROOT: string;

export interface ReceivedEntry {
  kind: 'http' | 'ws-open' | 'ws-message';
  scheme: 'http' | 'https';
  /** HTTP method; 'GET' for ws-open, 'WS' for ws-message. */
  method: string;
  /** Host header without the port. */
  host: string;
  /** Path + query as received. */
  path: string;
  /** scheme://host/path, port-less (ws:// or wss:// for WebSocket entries). */
  url: string;
  headers: Record<string, string | string[] | undefined>;
  /** Request body, or the WebSocket message bytes. */
  body: Buffer;
  /** ws-message only: true for a binary frame. */
  binary?: boolean;
  time: number;
}

export interface FixtureServers {
  httpPort: number;
  httpsPort: number;
  received: ReceivedEntry[];
  reset(): void;
  waitForReceived(pred: (e: ReceivedEntry) => boolean, timeoutMs?: number): Promise<ReceivedEntry>;
  close(): Promise<void>;
}

export declare function startServers(options?: {
  httpPort?: number;
  httpsPort?: number;
  host?: string;
  quiet?: boolean;
}): Promise<FixtureServers>;

export declare function hostResolverRules(ports: { httpPort: number; httpsPort: number }, hosts?: string[]): string;
