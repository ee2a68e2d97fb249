import { applyObservations } from './apply-observations';
import { createBatchWriter } from './batch-writer';
import type { LeakscopeDB } from './db';
import { findDocumentVisit } from './document-visit';
import type { Observation } from './observation';
import { isMonitoredUrl } from './origin';
import type { Settings } from './settings';
import type { DocumentRef } from './tab-history';

// Owns the path from observation to IndexedDB: drops what is out of scope early, batches the rest
// (one transaction per window) and applies it. Nothing here outlives a batch window in memory.

export interface RecorderDeps {
  db: LeakscopeDB;
  getSettings(): Promise<Settings>;
  /** Top-level URL of a tab, or undefined when it is gone. */
  tabUrl(tabId: number): Promise<string | undefined>;
  newId(): string;
  windowMs?: number;
  log?: (message: string, error: unknown) => void;
  /** How long visitOf waits for a document's commit that had not even been observed yet (ms). */
  retryMs?: number;
  /** Called after each committed batch with the request and frame rows it added or changed. */
  onCommitted?: (touched: { requests: Set<string>; frames: Set<string> }) => void;
}

const tabOf = (o: Observation): number | undefined => ('tabId' in o ? o.tabId : undefined);

export function createRecorder(deps: RecorderDeps) {
  // Tabs known to show no monitored page; memory only, rebuilt after a restart.
  const unmonitored = new Set<number>();

  async function flush(batch: Observation[]): Promise<void> {
    const settings = await deps.getSettings();
    const committed = new Set(batch.filter((o) => o.kind === 'commit').map((o) => o.tabId));
    const tabIds = [...new Set(batch.map(tabOf).filter((t): t is number => t !== undefined && t >= 0 && !committed.has(t)))];
    const rows = await deps.db.tabs.bulkGet(tabIds);
    const tabUrls = new Map<number, string>();
    for (const [i, tabId] of tabIds.entries()) {
      if (rows[i]) continue;
      const url = await deps.tabUrl(tabId).catch(() => undefined);
      if (url && isMonitoredUrl(url, settings.monitored)) tabUrls.set(tabId, url);
      else unmonitored.add(tabId);
    }
    const { db } = deps;
    const touched = { requests: new Set<string>(), frames: new Set<string>() };
    const ctx = { settings, newId: deps.newId, tabUrls, touched };
    const apply = (items: Observation[]) =>
      db.transaction('rw', [db.sessions, db.visits, db.tabs, db.requests, db.frames], async () => {
        // An async callback (not a bare returned promise) keeps Dexie's transaction zone alive.
        await applyObservations(db, items, ctx);
      });
    try {
      await apply(batch);
    } catch (error) {
      // One bad observation must not cost the others: retry them one by one.
      deps.log?.('batch failed, retrying item by item', error);
      for (const item of batch) await apply([item]).catch((e) => deps.log?.(`dropped a ${item.kind} observation`, e));
    }
    if (touched.requests.size + touched.frames.size > 0) deps.onCommitted?.(touched);
  }

  const writer = createBatchWriter<Observation>({
    // 400 ms: a page's load burst lands in one or two batches written after it, rather than in
    // several written (and analysed) while the page is still loading on the same cores.
    windowMs: deps.windowMs ?? 400,
    flush,
    onError: (error) => deps.log?.('batch failed', error),
  });
  // Batches commit in order, so once the newest observation is written all earlier ones are.
  let newest: Promise<unknown> = Promise.resolve();
  const settled = () => newest;

  return {
    /** Queues an observation; resolves when it is committed (or rejects when the batch failed). */
    observe(o: Observation): Promise<void> {
      const navigates = o.kind === 'commit' || o.kind === 'page';
      if (navigates || o.kind === 'tab-removed') unmonitored.delete(o.tabId);
      const tabId = tabOf(o);
      if (!navigates && tabId !== undefined && (tabId < 0 || unmonitored.has(tabId))) return Promise.resolve();
      const pushed = writer.push(o);
      newest = pushed.catch(() => {});
      return pushed;
    },
    /** Resolves once everything observed so far is written (or failed). */
    settled,
    /**
     * The visit of the document that sent a message, read once everything observed before the
     * message is written (its commit included), so a page's late report never lands on the next
     * visit nor, when its commit is still in a batch, on the previous one. Tried once more after
     * `retryMs` if the commit had not been observed yet. undefined: the document has no visit.
     */
    async visitOf(tabId: number, ref: DocumentRef): Promise<string | null | undefined> {
      await settled();
      const found = await findDocumentVisit(deps.db, tabId, ref);
      if (found !== undefined) return found;
      await new Promise((resolve) => setTimeout(resolve, deps.retryMs ?? 500));
      await settled();
      return findDocumentVisit(deps.db, tabId, ref);
    },
    /** Forget cached scope decisions (the monitored list changed). */
    resetScope(): void {
      unmonitored.clear();
    },
  };
}
export type Recorder = ReturnType<typeof createRecorder>;
