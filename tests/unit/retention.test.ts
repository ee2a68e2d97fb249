import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { registerRetention } from '@/utils/background/register-retention';
import type { LeakscopeDB, SessionRow } from '@/utils/db';
import { applyRetention, estimateUsage, purgeAll } from '@/utils/retention';
import { dailySessionId } from '@/utils/sessions';
import { createSettingsCache } from '@/utils/settings-cache';
import { DEFAULT_SETTINGS } from '@/utils/settings';
import { freshDb } from './helpers';
import { finding, visit } from './export-fixtures';

const DAY = 86_400_000;
const NOW = new Date(2025, 5, 30, 12).getTime();
const limits = { retentionDays: 30, retentionMaxMB: 500 };

/** A session with one visit, one request of `bodyBytes`, one frame, one finding and one marker, last active `daysAgo`. */
async function sessionWithData(db: LeakscopeDB, id: string, daysAgo: number, over: Partial<SessionRow> = {}, bodyBytes = 100) {
  const time = NOW - daysAgo * DAY;
  await db.sessions.add({ id, name: id, startedAt: time - 1000, endedAt: time, implicit: false, ...over });
  await db.visits.add(visit({ id: `${id}-v`, sessionId: id, startedAt: time - 500 }));
  const text = 'x'.repeat(bodyBytes);
  await db.requests.add({
    id: `${id}-r`, visitId: `${id}-v`, tabId: 1, frameId: 0, url: 'https://api.openai.com/v1', method: 'POST', transport: 'fetch', seenBy: 'both',
    joinKey: 'k', joinOpen: 0, initiator: { method: 'none' }, startedAt: time - 400, body: { kind: 'text', status: 'ok', text, size: bodyBytes, capturedBytes: bodyBytes },
  });
  await db.frames.add({ id: `${id}-f`, socketHookId: 'h', visitId: `${id}-v`, tabId: 1, frameId: 0, url: 'wss://x', direction: 'send', body: { kind: 'text', status: 'ok', text: 'hi', size: 2, capturedBytes: 2 }, initiator: { method: 'none' }, time: time - 300 });
  await db.findings.add(finding({ visitId: `${id}-v`, sessionId: id }));
  await db.markers.add({ id: `${id}-m`, sessionId: id, time: time - 200, label: 'step' });
}

async function remaining(db: LeakscopeDB) {
  return {
    sessions: (await db.sessions.toCollection().primaryKeys()).sort(),
    visits: await db.visits.count(), requests: await db.requests.count(), frames: await db.frames.count(),
    findings: await db.findings.count(), markers: await db.markers.count(),
  };
}

describe('retention', () => {
  it('deletes sessions last active before the day limit with all their rows, and keeps the rest', async () => {
    const db = freshDb();
    await sessionWithData(db, 'old', 31);
    await sessionWithData(db, 'recent', 29);
    expect(await applyRetention(db, limits, NOW)).toEqual(['old']);
    expect(await remaining(db)).toEqual({ sessions: ['recent'], visits: 1, requests: 1, frames: 1, findings: 1, markers: 1 });
  });

  it('then deletes the oldest sessions until the estimated size fits', async () => {
    const db = freshDb();
    const MB = 1024 * 1024;
    await sessionWithData(db, 'a', 3, {}, 2 * MB);
    await sessionWithData(db, 'b', 2, {}, 2 * MB);
    await sessionWithData(db, 'c', 1, {}, 2 * MB);
    expect((await estimateUsage(db)).total).toBeGreaterThan(6 * MB);
    expect(await applyRetention(db, { retentionDays: 30, retentionMaxMB: 5 }, NOW)).toEqual(['a']);
    expect((await remaining(db)).sessions).toEqual(['b', 'c']);
  });

  it.each<[string, Partial<SessionRow>, string?]>([
    ['the active QA session', { endedAt: undefined }],
    ['today\'s implicit session', { implicit: true, endedAt: undefined }, dailySessionId(NOW)],
  ])('never deletes %s, however old or large', async (_name, over, id = 'keep') => {
    const db = freshDb();
    await sessionWithData(db, id, 400, over, 3 * 1024 * 1024);
    expect(await applyRetention(db, { retentionDays: 1, retentionMaxMB: 1 }, NOW)).toEqual([]);
    expect((await remaining(db)).sessions).toEqual([id]);
  });

  it('counts a session\'s last visit, not its start, as its last activity', async () => {
    const db = freshDb();
    await sessionWithData(db, 'daily', 40, { implicit: true });
    await db.visits.add(visit({ id: 'late', sessionId: 'daily', startedAt: NOW - 2 * DAY }));
    expect(await applyRetention(db, limits, NOW)).toEqual([]);
  });

  it('counts an imported session\'s import as its last activity, so an old file is not deleted as soon as it is imported', async () => {
    const db = freshDb();
    await sessionWithData(db, 'imported', 90, { imported: true, importedAt: NOW - DAY });
    expect(await applyRetention(db, limits, NOW)).toEqual([]);
  });

  it('forgets the seeds of the sessions it deletes', async () => {
    const db = freshDb();
    await sessionWithData(db, 'old', 60);
    await fakeBrowser.storage.session.set({ 'seeds:old': [{ kind: 'email', value: 'a@b.example' }], 'seeds:other': [] });
    await applyRetention(db, limits, NOW, fakeBrowser.storage.session as never);
    expect(Object.keys(await fakeBrowser.storage.session.get(null))).toEqual(['seeds:other']);
  });
});

describe('purge', () => {
  it('clears every table and every session\'s seeds, and says which sessions there were', async () => {
    const db = freshDb();
    await sessionWithData(db, 'one', 1);
    await sessionWithData(db, 'two', 100);
    await db.tabs.add({ tabId: 1, history: [{ visitId: 'one-v', since: 1 }] });
    await fakeBrowser.storage.session.set({ 'seeds:one': [], 'seeds:two': [], unrelated: true });
    expect((await purgeAll(db, { session: fakeBrowser.storage.session as never })).sort()).toEqual(['one', 'two']);
    for (const table of db.tables) expect(await table.count(), table.name).toBe(0);
    expect(await fakeBrowser.storage.session.get(null)).toEqual({ unrelated: true });
  });
});

describe('retention in the background', () => {
  beforeEach(() => fakeBrowser.reset());

  it('runs at start, at most once an hour after that, and again at once when its settings change', async () => {
    const db = freshDb();
    await fakeBrowser.storage.local.set({ settings: { ...DEFAULT_SETTINGS, retentionDays: 30 } });
    await sessionWithData(db, 'old', 31);
    let now = NOW;
    const settings = createSettingsCache(fakeBrowser.storage.local, fakeBrowser.storage.onChanged);
    const retention = registerRetention(fakeBrowser as never, db, settings, () => now);
    await retention.run(); // joins the start-up run
    expect((await remaining(db)).sessions).toEqual([]);
    await sessionWithData(db, 'older', 45);
    now += 30 * 60_000;
    expect(await retention.run()).toEqual([]); // within the hour
    now += 31 * 60_000;
    expect(await retention.run()).toEqual(['older']);
    await sessionWithData(db, 'week', 8);
    await fakeBrowser.storage.local.set({ settings: { ...DEFAULT_SETTINGS, retentionDays: 7 } });
    await new Promise((r) => setTimeout(r, 50));
    await retention.run();
    expect((await remaining(db)).sessions).toEqual([]);
  });
});
