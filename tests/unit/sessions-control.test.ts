import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { activeSession, addMarker, currentSessionId, dailySessionId, renameSession, sessionMarkers, startSession, stopSession } from '@/utils/sessions';
import { apply, commit, freshDb, STORE } from './helpers';

const T = new Date(2025, 5, 3, 10, 0).getTime();

describe('QA sessions', () => {
  it('sends new visits to the implicit session of their day when no QA session runs', async () => {
    const db = freshDb();
    expect(await currentSessionId(db, T)).toBe(dailySessionId(T));
    expect(await db.sessions.get(dailySessionId(T))).toMatchObject({ implicit: true, name: 'Browsing 2025-06-03' });
    expect(await activeSession(db)).toBeUndefined();
  });

  it('sends new visits to the active QA session, and back to the daily one once it stops', async () => {
    const db = freshDb();
    const qa = await startSession(db, { name: ' Checkout  walk ', evidenceMode: false, now: T });
    expect(qa).toMatchObject({ name: 'Checkout walk', implicit: false, evidenceMode: false, startedAt: T });
    await apply(db, [commit(`${STORE}/cart/`, T + 10)]);
    expect((await db.visits.toArray())[0]!.sessionId).toBe(qa.id);
    expect(await stopSession(db, qa.id, T + 100)).toMatchObject({ endedAt: T + 100 });
    await apply(db, [commit(`${STORE}/checkout/`, T + 200)]);
    const visits = await db.visits.orderBy('startedAt').toArray();
    expect(visits.map((v) => v.sessionId)).toEqual([qa.id, dailySessionId(T + 200)]);
  });

  it('ends the running QA session when another one starts, so only one is ever active', async () => {
    const db = freshDb();
    const first = await startSession(db, { name: 'before update', evidenceMode: false, now: T });
    const second = await startSession(db, { name: 'after update', evidenceMode: true, now: T + 50 });
    expect(await db.sessions.get(first.id)).toMatchObject({ endedAt: T + 50 });
    expect(await activeSession(db)).toMatchObject({ id: second.id, evidenceMode: true });
  });

  it('never treats an imported or implicit session as the active one', async () => {
    const db = freshDb();
    await db.sessions.bulkAdd([
      { id: 'imp', name: 'Imported', startedAt: T + 5, implicit: false, imported: true },
      { id: dailySessionId(T), name: 'Browsing', startedAt: T + 6, implicit: true },
    ]);
    expect(await activeSession(db)).toBeUndefined();
    expect(await stopSession(db, 'imp', T + 9)).not.toHaveProperty('endedAt');
  });

  it('names an unnamed session after its start time and keeps the old name on a blank rename', async () => {
    const db = freshDb();
    const s = await startSession(db, { name: '   ', evidenceMode: false, now: Date.UTC(2025, 0, 2, 3, 4) });
    expect(s.name).toBe('QA session 2025-01-02 03:04');
    expect(await renameSession(db, s.id, '')).toMatchObject({ name: s.name });
    expect(await renameSession(db, s.id, 'Plugin 2.0')).toMatchObject({ name: 'Plugin 2.0' });
    expect(await renameSession(db, 'nope', 'x')).toBeUndefined();
  });

  it('keeps step markers in time order with their visit', async () => {
    const db = freshDb();
    await addMarker(db, { sessionId: 's', label: 'checkout', time: 30 });
    await addMarker(db, { sessionId: 's', visitId: 'v1', label: '  added\nto cart ', time: 10 });
    await addMarker(db, { sessionId: 'other', label: 'x', time: 20 });
    const markers = await sessionMarkers(db, 's');
    expect(markers.map((m) => [m.label, m.visitId])).toEqual([['added to cart', 'v1'], ['checkout', undefined]]);
  });
});
