import Dexie, { type EntityTable } from 'dexie';
import type { BodyRecord } from './body';
import type { Transport } from './hook-event';

// The one typed Dexie module. Extension pages and the background open it; content scripts never do.

export const DB_NAME = 'leakscope';

export interface SessionRow {
  id: string;
  name: string;
  startedAt: number;
  endedAt?: number;
  /** An implicit "Browsing <date>" session, one per calendar day. */
  implicit: boolean;
}

export interface SpaNavigation {
  url: string;
  time: number;
  /** history.pushState/replaceState, or a fragment (#) change. */
  kind: 'history-state' | 'fragment';
}

export interface VisitRow {
  id: string;
  sessionId: string;
  tabId: number;
  url: string;
  origin: string;
  title?: string;
  startedAt: number;
  spaNavigations: SpaNavigation[];
}

export type InitiatorMethod =
  | 'stack' // first http(s) script frame of the call's stack
  | 'stack-inline' // the stack pointed at an inline script of the document
  | 'document' // no script: the document itself (user-submitted form)
  | 'webRequest-initiator' // webRequest's initiator / originUrl (origin only on Chrome)
  | 'none';

export interface Initiator {
  url?: string;
  line?: number;
  column?: number;
  method: InitiatorMethod;
}

/** Which side saw the request: the page hook, webRequest, or both (joined). */
export type SeenBy = 'both' | 'hook' | 'webRequest';

export interface RequestRow {
  id: string;
  visitId: string;
  tabId: number;
  frameId: number;
  /** URL of the document that made the request, when known. */
  frameUrl?: string;
  url: string;
  /** Where webRequest saw the request redirected to, in order. */
  redirects?: string[];
  method: string;
  /** The page API used (hook), or the webRequest resource type mapped to one. */
  transport: Transport | 'navigation' | 'other';
  /** webRequest's resource type (xmlhttprequest, ping, beacon, image, websocket, …). */
  resourceType?: string;
  seenBy: SeenBy;
  hookId?: string;
  webRequestId?: string;
  /** tabId|frameId|METHOD|url — used to pair the two sides. */
  joinKey: string;
  /** True while only one side has been seen and the other may still arrive. */
  joinOpen: 0 | 1;
  body?: BodyRecord;
  /** Which side's copy `body` is. */
  bodySource?: 'hook' | 'webRequest';
  /** Request headers as sent (webRequest), or as set by the page (hook) when webRequest has none. */
  requestHeaders?: [string, string][];
  protocols?: string[];
  initiator: Initiator;
  statusCode?: number;
  error?: string;
  responseContentType?: string;
  startedAt: number;
  completedAt?: number;
}

export interface FrameRow {
  id: string;
  /** The hook id of the socket's constructor call (the socket's request row has this hookId). */
  socketHookId: string;
  visitId: string;
  tabId: number;
  frameId: number;
  url: string;
  direction: 'send';
  body: BodyRecord;
  initiator: Initiator;
  time: number;
}

/** A monitored tab's recent top-level navigations, newest last; null = an unmonitored page. */
export interface TabRow {
  tabId: number;
  /** documentId: Chrome's id of the committed document, to recognise a commit seen twice. */
  history: { visitId: string | null; since: number; documentId?: string }[];
}

export type LeakscopeDB = Dexie & {
  tabs: EntityTable<TabRow, 'tabId'>;
  sessions: EntityTable<SessionRow, 'id'>;
  visits: EntityTable<VisitRow, 'id'>;
  requests: EntityTable<RequestRow, 'id'>;
  frames: EntityTable<FrameRow, 'id'>;
};

/** Every schema version in order. Add a new entry (never edit an old one) to change the schema. */
export const SCHEMA_VERSIONS: { version: number; stores: Record<string, string> }[] = [
  {
    version: 1,
    stores: {
      sessions: 'id, startedAt',
      tabs: 'tabId',
      visits: 'id, sessionId, tabId, startedAt',
      requests: 'id, visitId, hookId, webRequestId, [joinKey+joinOpen], startedAt',
      frames: 'id, visitId, socketHookId, time',
    },
  },
];

export function openDb(name = DB_NAME, versions = SCHEMA_VERSIONS): LeakscopeDB {
  const db = new Dexie(name) as LeakscopeDB;
  for (const { version, stores } of versions) db.version(version).stores(stores);
  return db;
}
