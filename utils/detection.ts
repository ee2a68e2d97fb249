import { analyse } from './analyse/analyse';
import { buildInventory, type PageFacts } from './attribution/inventory';
import { attributeRequest } from './attribution/request';
import { canarySeeds } from './canary-seeds';
import { exposureFinding, integrationFinding } from './page-findings';
import { catalogWith, type CompiledCatalog } from './catalog/catalog';
import { toCatalogEntry } from './custom-destination';
import { SeedIndex } from './detect/seed-index';
import type { Seed } from './detect/types';
import { createRestJobs, type RestDeps } from './detection-rest';
import { loadRows, writeOutcomes, type LoadedRow, type RowOutcome } from './detection-rows';
import { mergeFinding } from './merge-finding';
import { addSeeds, clearSeeds, loadSeeds } from './seed-store';
import type { Settings } from './settings';
import { currentVisit, visitAt } from './tab-history';

// Runs detection over stored rows: after each batch, again for a session's recent rows when a new
// seed arrives, and drops raw bodies once their re-analysis window has passed.

/** How long raw bodies stay so that a seed learnt later still finds an earlier leak. */
export const REANALYSE_WINDOW_MS = 15 * 60_000;

export interface DetectorDeps extends RestDeps {
  log?: (message: string, error: unknown) => void;
}

export function createDetector(deps: DetectorDeps) {
  const { db } = deps;
  // The catalog with the user's destinations, compiled again only when those change.
  let compiled: { key: string; catalog: CompiledCatalog } | undefined;
  const catalogFor = (s: Settings) => {
    const key = JSON.stringify(s.customDestinations);
    if (compiled?.key !== key) compiled = { key, catalog: catalogWith(s.customDestinations.map(toCatalogEntry)) };
    return compiled.catalog;
  };
  const indexes = new Map<string, Promise<SeedIndex>>();
  // One job at a time: seed writes and finding merges are read-modify-write.
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(job: () => Promise<T>): Promise<T> => {
    const next = queue.then(job);
    queue = next.catch((e) => deps.log?.('detection failed', e));
    return next;
  };

  // One index per session and canary profile: a changed canary in settings starts a fresh index.
  const indexFor = (sessionId: string, settings: Settings) => {
    const canary = canarySeeds(settings.canary);
    const key = `${sessionId}|${JSON.stringify(canary)}`;
    if (!indexes.has(key)) indexes.set(key, loadSeeds(deps.sessionArea, sessionId).then((s) => new SeedIndex([...canary, ...s])));
    return indexes.get(key)!;
  };

  /** What one loaded row holds: complete finding drafts and the row's changes. Pure but for the seed index. */
  async function outcomeOf(loaded: LoadedRow, salt: string, settings: Settings): Promise<RowOutcome> {
    const { row, visit, socket } = loaded;
    const seeds = await indexFor(visit.sessionId, settings);
    const isFrame = 'socketHookId' in row;
    const record = isFrame ? { id: row.id, url: row.url, method: 'SEND', transport: 'websocket-frame', body: row.body, initiator: row.initiator } : row;
    const storeOrigins = [visit.origin, ...settings.storeHosts];
    const result = analyse(record, seeds, catalogFor(settings), { storeOrigins, sovereignEndpoints: settings.sovereignEndpoints, evidenceMode: loaded.evidenceMode, salt });
    const consent = (isFrame ? socket : row)?.consent;
    const facts = isFrame ? { url: row.url, initiator: row.initiator, transport: 'websocket' as const } : row;
    const a = attributeRequest(facts, { storeOrigins, catalog: catalogFor(settings) });
    const component = { kind: a.kind, how: a.how, ...(a.slug ? { slug: a.slug } : {}), ...(a.version ? { version: a.version } : {}), ...(a.vendor ? { vendor: a.vendor } : {}) };
    return {
      loaded,
      drafts: result.findings.map((draft) => ({ ...draft, source: { ...draft.source, component }, ...(consent ? { consent } : {}) })),
      ...(result.maskedUrl ? { maskedUrl: result.maskedUrl } : {}),
      nonAiSeedFlow: result.nonAiSeedFlows > 0,
      time: isFrame ? row.time : row.startedAt,
    };
  }

  async function analyseIds(requests: readonly string[], frames: readonly string[]): Promise<void> {
    if (requests.length + frames.length === 0) return;
    const salt = await deps.salt();
    const settings = await deps.getSettings();
    const outcomes: RowOutcome[] = [];
    for (const loaded of await loadRows(db, requests, frames))
      await outcomeOf(loaded, salt, settings).then((o) => outcomes.push(o), (e) => deps.log?.(`${loaded.table} ${loaded.row.id} not analysed`, e));
    await writeOutcomes(db, outcomes, deps.now(), deps.log);
  }

  /** Rows of the session still holding raw bodies (inside the re-analysis window). */
  async function recentRows(sessionId: string): Promise<{ requests: string[]; frames: string[] }> {
    const since = deps.now() - REANALYSE_WINDOW_MS;
    const visits = await db.visits.where('sessionId').equals(sessionId).primaryKeys();
    const requests = await db.requests.where('visitId').anyOf(visits).filter((r) => !r.rawDroppedAt && r.startedAt >= since).primaryKeys();
    const frames = await db.frames.where('visitId').anyOf(visits).filter((f) => !f.rawDroppedAt && f.time >= since).primaryKeys();
    return { requests, frames };
  }

  const { dropRows, redactVisits } = createRestJobs(deps);

  return {
    /** Analyses rows a batch added or changed. */
    analyse: (requests: Iterable<string>, frames: Iterable<string>) => serial(() => analyseIds([...requests], [...frames])),

    /** New seeds of a tab's session: remember them, then look for them in the session's recent rows.
     * `visitId`: the visit of the document that found them (else the tab's current one). */
    addSeeds: (tabId: number, seeds: Seed[], visitId?: string) =>
      serial(async () => {
        const id = visitId ?? currentVisit(await db.tabs.get(tabId));
        const visit = id ? await db.visits.get(id) : undefined;
        if (!visit || seeds.length === 0) return 0;
        // The index first: built after the store, it would already hold the new seeds and get them twice.
        const index = await indexFor(visit.sessionId, await deps.getSettings());
        const fresh = await addSeeds(deps.sessionArea, visit.sessionId, seeds);
        if (fresh.length === 0) return 0;
        for (const seed of fresh) index.add(seed); // incremental: only the new seed is expanded
        const rows = await recentRows(visit.sessionId);
        await analyseIds(rows.requests, rows.frames);
        return fresh.length;
      }),

    /** What a page loads: its components on the visit; AI integrations and exposures as findings.
     * `at`: the visit of the document that sent them, or (older callers) when they arrived. */
    inventory: (tabId: number, at: number | { visitId: string; time: number }, facts: PageFacts) =>
      serial(async () => {
        const time = typeof at === 'number' ? at : at.time;
        const visitId = typeof at === 'number' ? visitAt(await db.tabs.get(tabId), at) : at.visitId;
        const visit = visitId ? await db.visits.get(visitId) : undefined;
        if (!visit) return false;
        const settings = await deps.getSettings();
        const inv = buildInventory(facts, { storeOrigins: [visit.origin, ...settings.storeHosts], catalog: catalogFor(settings) });
        const drafts = [...inv.aiIntegrations.map(integrationFinding), ...inv.exposures.map((e) => exposureFinding(e, visit.url))];
        await db.transaction('rw', [db.findings, db.visits], async () => {
          await db.visits.update(visit.id, { inventory: inv });
          for (const draft of drafts) {
            const id = `${visit.id}|${draft.key}`;
            const existing = await db.findings.get(id);
            if (!existing) await db.findings.put(mergeFinding(undefined, { draft, visitId: visit.id, sessionId: visit.sessionId, requestId: 'page', time, countIt: true }));
          }
        });
        return true;
      }),

    /** Rows a stopped worker left unanalysed, from the re-analysis window. */
    catchUp: () =>
      serial(async () => {
        const since = deps.now() - REANALYSE_WINDOW_MS;
        const requests = await db.requests.where('startedAt').aboveOrEqual(since).filter((r) => !r.analysedAt).primaryKeys();
        const frames = await db.frames.where('time').aboveOrEqual(since).filter((f) => !f.analysedAt).primaryKeys();
        await analyseIds(requests, frames);
      }),

    /** Drops raw bodies (and header values) analysed before the window. */
    dropExpired: () =>
      serial(async () => {
        const cutoff = deps.now() - REANALYSE_WINDOW_MS;
        const requests = await db.requests.where('analysedAt').below(cutoff).filter((r) => !r.rawDroppedAt).toArray();
        const frames = await db.frames.where('analysedAt').below(cutoff).filter((f) => !f.rawDroppedAt).toArray();
        // Visits of the window's age too: a page left open longer keeps its reports coming a while.
        const old = await db.visits.where('startedAt').below(cutoff).filter((v) => !v.redactedAt).toArray();
        const bySession = new Map<string, string[]>();
        for (const v of old) bySession.set(v.sessionId, [...(bySession.get(v.sessionId) ?? []), v.id]);
        for (const [sessionId, ids] of bySession) await redactVisits(ids, sessionId);
        return dropRows(requests, frames);
      }),

    /** A session ended: its seeds are forgotten and its raw bodies dropped now (kept in evidence mode). */
    endSession: (sessionId: string) =>
      serial(async () => {
        const visits = await db.visits.where('sessionId').equals(sessionId).primaryKeys();
        await redactVisits(visits, sessionId); // needs the seeds: before they are forgotten
        await clearSeeds(deps.sessionArea, sessionId);
        for (const key of [...indexes.keys()]) if (key.startsWith(`${sessionId}|`)) indexes.delete(key);
        const requests = await db.requests.where('visitId').anyOf(visits).filter((r) => !r.rawDroppedAt).toArray();
        const frames = await db.frames.where('visitId').anyOf(visits).filter((f) => !f.rawDroppedAt).toArray();
        await dropRows(requests, frames);
      }),
  };
}
export type Detector = ReturnType<typeof createDetector>;
