import type { LeakscopeDB, RequestRow, VisitRow } from './db';
import { bodyFromHook } from './hook-body';
import type { HookFrameEvent, HookRequestEvent } from './hook-event';
import { joinKey, joinUrl, maskUserinfo, normaliseUrl, pickCandidate } from './join-key';
import type { Observation } from './observation';
import { originOf, isMonitoredUrl } from './origin';
import { currentSessionId } from './sessions';
import type { Settings } from './settings';
import { currentVisit, documentVisit, visitAt, withNavigation } from './tab-history';
import { chooseBody, hookSeesType, transportOfType } from './request-merge';

// Applies a batch of observations to the DB. Call inside one read-write transaction over
// sessions, visits, tabs, requests and frames; every step is idempotent for resent hook events.

export interface ApplyContext {
  settings: Settings;
  newId(): string;
  /** Top-level URLs of tabs that had no row, looked up before the transaction. */
  tabUrls: Map<number, string>;
  /** Filled with the ids of request and frame rows this batch added or changed (for detection). */
  touched?: { requests: Set<string>; frames: Set<string> };
}

type Obs<K extends Observation['kind']> = Extract<Observation, { kind: K }>;

export async function applyObservations(db: LeakscopeDB, batch: readonly Observation[], ctx: ApplyContext): Promise<void> {
  // Delivery order across event types is not guaranteed; browser timestamps are.
  const sorted = [...batch].sort((a, b) => a.time - b.time);
  // A new tab's first page can time its first requests (page clock) before the browser's commit
  // time under load: with no tab row yet they would find no visit, so they wait for that commit.
  const firstCommit = new Map<number, Observation>();
  for (const o of sorted) if ((o.kind === 'commit' || o.kind === 'page') && !firstCommit.has(o.tabId)) firstCommit.set(o.tabId, o);
  const rows = await db.tabs.bulkGet([...firstCommit.keys()]);
  for (const [i, tabId] of [...firstCommit.keys()].entries()) if (rows[i]) firstCommit.delete(tabId);
  const waiting = new Map<number, Observation[]>();
  for (const o of sorted) {
    const tabId = 'tabId' in o ? o.tabId : undefined;
    const commit = tabId === undefined ? undefined : firstCommit.get(tabId);
    if (tabId !== undefined && commit && o !== commit) {
      const held = waiting.get(tabId);
      if (held) held.push(o);
      else waiting.set(tabId, [o]);
      continue;
    }
    await applyOne(db, o, ctx);
    if (tabId !== undefined && commit === o) {
      firstCommit.delete(tabId); // applied: the tab's later observations go in order again
      for (const w of waiting.get(tabId) ?? []) await applyOne(db, w, ctx);
    }
  }
}

async function applyOne(db: LeakscopeDB, o: Observation, ctx: ApplyContext): Promise<void> {
  switch (o.kind) {
    case 'browser-start': return void (await db.tabs.clear());
    case 'tab-removed': return void (await db.tabs.delete(o.tabId));
    case 'commit': return commit(db, o, ctx);
    case 'page': return page(db, o, ctx);
    case 'spa': return spa(db, o);
    case 'title': {
      const visitId = currentVisit(await db.tabs.get(o.tabId));
      if (visitId) await db.visits.update(visitId, { title: o.title });
      return;
    }
    case 'page-type': {
      // By time only when the sender's document was not named (the background names it).
      const visitId = o.visitId ?? visitAt(await db.tabs.get(o.tabId), o.time);
      if (visitId) await db.visits.update(visitId, { page: o.page });
      return;
    }
    case 'wr-request': return webRequest(db, o, ctx);
    case 'wr-headers': return updateByRequestId(db, o.requestId, { requestHeaders: o.headers }, ctx);
    case 'wr-done':
      return updateByRequestId(db, o.requestId, {
        completedAt: o.time,
        ...(o.statusCode !== undefined ? { statusCode: o.statusCode } : {}),
        ...(o.error !== undefined ? { error: o.error } : {}),
        ...(o.responseContentType !== undefined ? { responseContentType: o.responseContentType } : {}),
      });
    case 'hook':
      return o.event.type === 'request' ? hookRequest(db, o, o.event, ctx) : hookFrame(db, o, o.event, ctx);
  }
}

async function newVisit(db: LeakscopeDB, tabId: number, url: string, time: number, ctx: ApplyContext): Promise<VisitRow> {
  const sessionId = await currentSessionId(db, time);
  const visit: VisitRow = { id: ctx.newId(), sessionId, tabId, url, origin: originOf(url) ?? url, startedAt: time, spaNavigations: [] };
  await db.visits.add(visit);
  return visit;
}

async function commit(db: LeakscopeDB, o: Obs<'commit'> | Obs<'page'>, ctx: ApplyContext): Promise<void> {
  const before = await db.tabs.get(o.tabId);
  const known = documentVisit(before, o.documentId);
  if (known !== undefined && before?.history.at(-1)?.documentId === o.documentId) return; // seen through the other path
  // A known document committing again is a back/forward-cache restore: its visit continues.
  const visitId =
    known !== undefined ? known
    : isMonitoredUrl(o.url, ctx.settings.monitored) ? (await newVisit(db, o.tabId, o.url, o.time, ctx)).id
    : null;
  const row = withNavigation(before, o.tabId, visitId, o.time, o.documentId);
  if (row) await db.tabs.put(row);
  else await db.tabs.delete(o.tabId);
}

/** A document whose commit never reached us (the worker was stopped) still gets its visit. */
async function page(db: LeakscopeDB, o: Obs<'page'>, ctx: ApplyContext): Promise<void> {
  if (!isMonitoredUrl(o.url, ctx.settings.monitored)) return;
  await commit(db, o, ctx);
}

async function spa(db: LeakscopeDB, o: Obs<'spa'>): Promise<void> {
  const visitId = currentVisit(await db.tabs.get(o.tabId));
  const visit = visitId ? await db.visits.get(visitId) : undefined;
  if (!visit) return;
  await db.visits.update(visit.id, { spaNavigations: [...visit.spaNavigations, { url: o.url, time: o.time, kind: o.nav }] });
}

/** The visit an event of this tab at this time belongs to; null when the page is not monitored. */
async function visitFor(db: LeakscopeDB, tabId: number, time: number, ctx: ApplyContext): Promise<string | null> {
  const row = await db.tabs.get(tabId);
  if (row) return visitAt(row, time);
  // A monitored tab we never saw navigate (opened before install, or the origin added later).
  const url = ctx.tabUrls.get(tabId);
  if (!url || !isMonitoredUrl(url, ctx.settings.monitored)) return null;
  const visit = await newVisit(db, tabId, url, time, ctx);
  await db.tabs.put({ tabId, history: [{ visitId: visit.id, since: 0 }] });
  return visit.id;
}

async function updateByRequestId(db: LeakscopeDB, requestId: string, changes: Partial<RequestRow>, ctx?: ApplyContext): Promise<void> {
  const row = await db.requests.where('webRequestId').equals(requestId).first();
  if (!row) return;
  // put, not update: the row is in hand, and Dexie's update queries it again through modify().
  await db.requests.put({ ...row, ...changes });
  ctx?.touched?.requests.add(row.id);
}

async function openRows(db: LeakscopeDB, key: string, seenBy: RequestRow['seenBy']): Promise<RequestRow[]> {
  return db.requests.where('[joinKey+joinOpen]').equals([key, 1]).filter((r) => r.seenBy === seenBy).toArray();
}

async function webRequest(db: LeakscopeDB, o: Obs<'wr-request'>, ctx: ApplyContext): Promise<void> {
  const existing = await db.requests.where('webRequestId').equals(o.requestId).first();
  if (existing) {
    if (joinUrl(o.url) !== joinUrl(existing.url)) await db.requests.put({ ...existing, redirects: [...(existing.redirects ?? []), maskUserinfo(o.url)] });
    return;
  }
  // A top-level GET navigation is the next page loading, not a request this page made.
  if (o.type === 'main_frame' && o.method === 'GET') return;
  const visitId = await visitFor(db, o.tabId, o.time, ctx);
  if (!visitId) return;
  // An iframe's own load is made by its parent's document, where the hook saw it.
  const frameId = o.type === 'sub_frame' && o.parentFrameId !== undefined && o.parentFrameId >= 0 ? o.parentFrameId : o.frameId;
  const key = joinKey(o.tabId, frameId, o.method, o.url);
  const match = hookSeesType(o.type) ? pickCandidate(await openRows(db, key, 'hook'), o.time, o.body) : undefined;
  if (match) {
    await db.requests.put({
      ...match, webRequestId: o.requestId, resourceType: o.type, seenBy: 'both', joinOpen: 0,
      ...chooseBody(match.body, o.body),
    });
    ctx.touched?.requests.add(match.id);
    return;
  }
  const id = ctx.newId();
  ctx.touched?.requests.add(id);
  await db.requests.add({
    id, visitId, tabId: o.tabId, frameId,
    ...(o.documentUrl ? { frameUrl: maskUserinfo(o.documentUrl) } : {}),
    url: normaliseUrl(o.url), method: o.method, transport: transportOfType(o.type), resourceType: o.type,
    seenBy: 'webRequest', webRequestId: o.requestId, joinKey: key, joinOpen: hookSeesType(o.type) ? 1 : 0,
    ...(o.body ? { body: o.body, bodySource: 'webRequest' as const } : {}),
    initiator: o.initiator ? { url: maskUserinfo(o.initiator), method: 'webRequest-initiator' } : { method: 'none' },
    startedAt: o.time,
  });
}

async function hookRequest(db: LeakscopeDB, o: Obs<'hook'>, e: HookRequestEvent, ctx: ApplyContext): Promise<void> {
  if ((await db.requests.where('hookId').equals(e.id).count()) > 0) return; // a resend
  const visitId = await visitFor(db, o.tabId, e.time, ctx);
  if (!visitId) return;
  const body = e.body ? bodyFromHook(e.body, ctx.settings.bodyCapBytes) : undefined;
  const key = joinKey(o.tabId, o.frameId, e.method, e.url);
  const match = pickCandidate(await openRows(db, key, 'webRequest'), e.time, body);
  const hookSide = {
    // URLs lose any user name and password before they are stored (normaliseUrl does the row's own).
    hookId: e.id, transport: e.transport, frameUrl: maskUserinfo(e.documentUrl),
    initiator: e.initiator.url ? { ...e.initiator, url: maskUserinfo(e.initiator.url) } : e.initiator,
    ...(e.consent ? { consent: e.consent } : {}),
    ...(e.protocols ? { protocols: e.protocols } : {}),
  };
  if (match) {
    await db.requests.put({
      ...match, ...hookSide, seenBy: 'both', joinOpen: 0, ...chooseBody(body, match.body),
      ...(match.requestHeaders || !e.headers ? {} : { requestHeaders: e.headers }),
    });
    ctx.touched?.requests.add(match.id);
    return;
  }
  const id = ctx.newId();
  ctx.touched?.requests.add(id);
  await db.requests.add({
    id, visitId, tabId: o.tabId, frameId: o.frameId, url: normaliseUrl(e.url), method: e.method.toUpperCase(),
    ...hookSide, seenBy: 'hook', joinKey: key, joinOpen: 1,
    ...(body ? { body, bodySource: 'hook' as const } : {}),
    ...(e.headers ? { requestHeaders: e.headers } : {}),
    startedAt: e.time,
  });
}

async function hookFrame(db: LeakscopeDB, o: Obs<'hook'>, e: HookFrameEvent, ctx: ApplyContext): Promise<void> {
  if (await db.frames.get(e.id)) return; // a resend
  const socket = await db.requests.where('hookId').equals(e.socketId).first();
  const visitId = socket?.visitId ?? (await visitFor(db, o.tabId, e.time, ctx));
  if (!visitId) return;
  ctx.touched?.frames.add(e.id);
  await db.frames.add({
    id: e.id, socketHookId: e.socketId, visitId, tabId: o.tabId, frameId: o.frameId, url: maskUserinfo(e.url),
    direction: e.direction, body: bodyFromHook(e.body, ctx.settings.bodyCapBytes), initiator: e.initiator, time: e.time,
  });
}
