import type { FindingDraft } from './finding';
import type { FrameRow, LeakscopeDB, RequestRow, VisitRow } from './db';
import { mergeFinding } from './merge-finding';

// The database side of analysing a batch of rows: every read in one transaction, every write in
// another. Per-row reads opened a transaction each (three to five per row), which on a monitored page
// load was most of the worker's IndexedDB traffic.

export type RowTable = 'requests' | 'frames';

/** A stored row that can be analysed, with what its analysis needs from other tables. */
export interface LoadedRow {
  table: RowTable;
  row: RequestRow | FrameRow;
  visit: VisitRow;
  evidenceMode: boolean;
  /** A frame's WebSocket request row (its consent and attribution), when stored. */
  socket?: RequestRow;
}

/** What analysing one row found, to be written. */
export interface RowOutcome {
  loaded: LoadedRow;
  /** Complete drafts (component and consent included). */
  drafts: FindingDraft[];
  maskedUrl?: string;
  nonAiSeedFlow: boolean;
  time: number;
}

const present = <T>(x: T | undefined): x is T => x !== undefined;

/** Loads the rows still holding raw data, skipping CORS preflights (no data) and rows without a visit. */
export async function loadRows(db: LeakscopeDB, requests: readonly string[], frames: readonly string[]): Promise<LoadedRow[]> {
  return db.transaction('r', [db.requests, db.frames, db.visits, db.sessions], async () => {
    const rows: { table: RowTable; row: RequestRow | FrameRow }[] = [
      ...(await db.requests.bulkGet([...requests])).filter(present).filter((r) => r.method !== 'OPTIONS').map((row) => ({ table: 'requests' as const, row })),
      ...(await db.frames.bulkGet([...frames])).filter(present).map((row) => ({ table: 'frames' as const, row })),
    ].filter((x) => !x.row.rawDroppedAt);
    const visitIds = [...new Set(rows.map((x) => x.row.visitId))];
    const visits = new Map((await db.visits.bulkGet(visitIds)).filter(present).map((v) => [v.id, v]));
    const sessionIds = [...new Set([...visits.values()].map((v) => v.sessionId))];
    const evidence = new Set((await db.sessions.bulkGet(sessionIds)).filter((s) => s?.evidenceMode === true).map((s) => s!.id));
    const socketIds = [...new Set(rows.flatMap((x) => ('socketHookId' in x.row ? [x.row.socketHookId] : [])))];
    const sockets = new Map<string, RequestRow>();
    if (socketIds.length) for (const r of await db.requests.where('hookId').anyOf(socketIds).toArray()) if (!sockets.has(r.hookId!)) sockets.set(r.hookId!, r);
    const out: LoadedRow[] = [];
    for (const { table, row } of rows) {
      const visit = visits.get(row.visitId);
      if (!visit) continue;
      const socket = 'socketHookId' in row ? sockets.get(row.socketHookId) : undefined;
      out.push({ table, row, visit, evidenceMode: evidence.has(visit.sessionId), ...(socket ? { socket } : {}) });
    }
    return out;
  });
}

/** Merges one row's findings and marks it analysed. Call inside a read-write transaction over findings, visits, requests and frames. */
async function writeOne(db: LeakscopeDB, o: RowOutcome, now: number): Promise<void> {
  const { row, visit, table } = o.loaded;
  const counted = new Set(row.findingIds ?? []);
  for (const draft of o.drafts) {
    const findingId = `${visit.id}|${draft.key}`;
    const merged = mergeFinding(await db.findings.get(findingId), {
      draft, visitId: visit.id, sessionId: visit.sessionId, requestId: row.id, time: o.time, countIt: !counted.has(findingId),
    });
    await db.findings.put(merged);
    counted.add(findingId);
  }
  const changes: Record<string, unknown> = { analysedAt: now, findingIds: [...counted] };
  if (o.maskedUrl && table === 'requests') changes.maskedUrl = o.maskedUrl;
  if (o.nonAiSeedFlow && table === 'requests' && !(row as RequestRow).nonAiSeedFlow) {
    changes.nonAiSeedFlow = true;
    // Read again here: other rows of the batch may have counted on the same visit.
    const current = await db.visits.get(visit.id);
    if (current) await db.visits.put({ ...current, nonAiSeedFlows: (current.nonAiSeedFlows ?? 0) + 1 });
  }
  // get + put, not update: Dexie's update goes through modify(), a query and a cursor for one row.
  const fresh = (await db.table(table).get(row.id)) as RequestRow | FrameRow | undefined;
  if (fresh) await db.table(table).put({ ...fresh, ...changes });
}

/** Writes every outcome in one transaction; when that fails, each on its own so one bad row costs only itself. */
export async function writeOutcomes(db: LeakscopeDB, outcomes: readonly RowOutcome[], now: number, log?: (message: string, error: unknown) => void): Promise<void> {
  if (outcomes.length === 0) return;
  const tables = [db.findings, db.visits, db.requests, db.frames];
  try {
    await db.transaction('rw', tables, async () => {
      for (const o of outcomes) await writeOne(db, o, now);
    });
  } catch (error) {
    log?.('analysis batch not written, writing row by row', error);
    for (const o of outcomes)
      await db.transaction('rw', tables, async () => writeOne(db, o, now)).catch((e) => log?.(`${o.loaded.table} ${o.loaded.row.id} not analysed`, e));
  }
}
