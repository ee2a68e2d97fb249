import Dexie, { type DexieOptions, type EntityTable } from 'dexie';
import type { BodyRecord } from './body';
import type { FindingDraft } from './finding';
import type { ConsentSnapshot, Transport } from './hook-event';
import type { Inventory } from './attribution/inventory';
import type { PageClassification } from './wc/page-type';

// The one typed Dexie module. Extension pages and the background open it; content scripts never do.

export const DB_NAME = 'leakscope';

export interface SessionRow {
  id: string;
  name: string;
  startedAt: number;
  endedAt?: number;
  /** An implicit "Browsing <date>" session, one per calendar day. */
  implicit: boolean;
  /** Evidence mode: findings keep raw values and raw bodies are not dropped (visibly marked, exports say so). */
  evidenceMode?: boolean;
  /** Created by importing a findings file: read-only, never receives visits. */
  imported?: boolean;
  /** When an imported session was imported (retention counts it as its last activity). */
  importedAt?: number;
}

/** A step marker in a session ("added to cart"), optionally on the visit showing at the time. */
export interface MarkerRow {
  id: string;
  sessionId: string;
  visitId?: string;
  time: number;
  label: string;
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
  /** Every script and iframe the page loaded, with its component; AI integrations; exposures (masked). */
  inventory?: Inventory;
  /** What kind of WooCommerce / WordPress page this is, and the evidence. */
  page?: PageClassification;
  /** Requests that carried customer data to non-AI third parties (no finding, only counted). */
  nonAiSeedFlows?: number;
  /** Set once its URLs, title and page evidence were stripped of customer values (utils/redact-at-rest.ts). */
  redactedAt?: number;
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
  /** Consent state in the page when the request was made (page hook side only). */
  consent?: ConsentSnapshot;
  statusCode?: number;
  error?: string;
  responseContentType?: string;
  startedAt: number;
  completedAt?: number;
  /** When detection last ran on this row. */
  analysedAt?: number;
  /** The URL with query values that matched seeds masked; replaces `url` when the raw body goes. */
  maskedUrl?: string;
  /** Set once the raw body and header values were dropped (only redacted evidence stays). */
  rawDroppedAt?: number;
  /** sha256 of the raw body (hex), kept after the body is dropped. */
  bodyHash?: string;
  /** Findings this row was counted in (so a re-analysis does not count it twice). */
  findingIds?: string[];
  /** This row carried customer data to a non-AI destination (counted on the visit once). */
  nonAiSeedFlow?: boolean;
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
  analysedAt?: number;
  rawDroppedAt?: number;
  findingIds?: string[];
}

/** A monitored tab's recent top-level navigations, newest last; null = an unmonitored page. */
export interface TabRow {
  tabId: number;
  /** documentId: Chrome's id of the committed document, to recognise a commit seen twice. */
  history: { visitId: string | null; since: number; documentId?: string }[];
}

/** One (visit, destination, source, data category), merged over every request that showed it. */
export interface FindingRow extends FindingDraft {
  /** `${visitId}|${key}` */
  id: string;
  visitId: string;
  sessionId: string;
  transports: string[];
  count: number;
  firstSeen: number;
  lastSeen: number;
  /** Up to 50 request (or frame) ids that showed it. */
  requestIds: string[];
}

export type LeakscopeDB = Dexie & {
  findings: EntityTable<FindingRow, 'id'>;
  tabs: EntityTable<TabRow, 'tabId'>;
  sessions: EntityTable<SessionRow, 'id'>;
  visits: EntityTable<VisitRow, 'id'>;
  requests: EntityTable<RequestRow, 'id'>;
  frames: EntityTable<FrameRow, 'id'>;
  markers: EntityTable<MarkerRow, 'id'>;
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
  {
    // Detection: findings, and requests indexed by when they were analysed (to drop raw bodies).
    version: 2,
    stores: {
      requests: 'id, visitId, hookId, webRequestId, [joinKey+joinOpen], startedAt, analysedAt',
      frames: 'id, visitId, socketHookId, time, analysedAt',
      findings: 'id, visitId, sessionId, lastSeen',
    },
  },
  {
    // Sessions: step markers.
    version: 3,
    stores: {
      markers: 'id, sessionId, time',
    },
  },
];

export function openDb(name = DB_NAME, versions = SCHEMA_VERSIONS, options?: DexieOptions): LeakscopeDB {
  const db = new Dexie(name, options) as LeakscopeDB;
  for (const { version, stores } of versions) db.version(version).stores(stores);
  return db;
}

/**
 * For pages that read through liveQuery: Dexie's query cache would deep-clone every result (1,000
 * findings at a time); opened now so the database is ready while the page renders.
 */
export function openViewDb(): LeakscopeDB {
  const db = openDb(DB_NAME, SCHEMA_VERSIONS, { cache: 'disabled' });
  db.open().catch((e: unknown) => console.error('[leakscope]', e));
  return db;
}

/** For the background, which never reads through liveQuery: Dexie's query cache only costs it work on every write. */
export function openWorkerDb(): LeakscopeDB {
  return openDb(DB_NAME, SCHEMA_VERSIONS, { cache: 'disabled' });
}
