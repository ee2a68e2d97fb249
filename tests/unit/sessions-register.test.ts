import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { registerSessions } from '@/utils/background/register-sessions';
import type { SessionReply } from '@/utils/messages';
import { apply, commit, freshDb, STORE } from './helpers';

const PAGE = { url: fakeBrowser.runtime.getURL('/dashboard.html') };
let db: ReturnType<typeof freshDb>;
let ended: ReturnType<typeof vi.fn<(id: string) => Promise<void>>>;
let clock = 1_000;
let purged: string[];

async function send(message: unknown, sender: object = PAGE): Promise<SessionReply> {
  const replies = await fakeBrowser.runtime.onMessage.trigger(message, sender, () => {});
  return replies.find((r: unknown) => r !== undefined) as unknown as SessionReply;
}

beforeEach(() => {
  fakeBrowser.reset();
  db = freshDb();
  ended = vi.fn(async () => {});
  clock = 1_000;
  purged = [];
  // What the badges see when they are refreshed after a purge: the tables already empty.
  registerSessions(fakeBrowser as never, db, ended, () => clock, async () => void purged.push(`sessions left: ${await db.sessions.count()}`));
});

describe('session control through the background', () => {
  it('starts, renames and stops a QA session and tells the detector when one ends', async () => {
    const start = await send({ type: 'session-start', name: 'Before update', evidenceMode: true });
    expect(start).toMatchObject({ ok: true, session: { name: 'Before update', evidenceMode: true, implicit: false } });
    const id = start.ok ? start.session!.id : '';
    expect(await send({ type: 'session-rename', id, name: 'Before plugin 2.0' })).toMatchObject({ session: { name: 'Before plugin 2.0' } });
    clock = 5_000;
    expect(await send({ type: 'session-stop' })).toMatchObject({ ok: true, session: { id, endedAt: 5_000 } });
    expect(ended).toHaveBeenCalledWith(id);
    expect(await send({ type: 'session-stop' })).toEqual({ ok: true, session: null });
  });

  it('ends the previous QA session (and tells the detector) when a new one starts', async () => {
    const first = await send({ type: 'session-start', name: 'a', evidenceMode: false });
    await send({ type: 'session-start', name: 'b', evidenceMode: false });
    expect(ended).toHaveBeenCalledWith(first.ok && first.session!.id);
  });

  it('puts a marker on the tab\'s current visit and that visit\'s session', async () => {
    await apply(db, [commit(`${STORE}/cart/`, 900, 7)]);
    const visit = (await db.visits.toArray())[0]!;
    const reply = await send({ type: 'session-marker', label: 'added to cart', tabId: 7 });
    expect(reply).toMatchObject({ ok: true, session: { id: visit.sessionId }, marker: { visitId: visit.id, label: 'added to cart', time: 1_000 } });
  });

  it('puts a marker without a tab on the active session', async () => {
    const start = await send({ type: 'session-start', name: 'walk', evidenceMode: false });
    const reply = await send({ type: 'session-marker', label: 'paid' });
    expect(reply).toMatchObject({ ok: true, session: { id: start.ok && start.session!.id }, marker: { label: 'paid' } });
    expect(reply.ok && reply.marker).not.toHaveProperty('visitId');
  });

  it('purges every table and the seeds, and tells the detector every session ended', async () => {
    await apply(db, [commit(`${STORE}/cart/`, 900)]);
    const sessionId = (await db.sessions.toArray())[0]!.id;
    await fakeBrowser.storage.session.set({ [`seeds:${sessionId}`]: [{ kind: 'email', value: 'a@b.example' }], other: 1 });
    expect(await send({ type: 'purge-all' })).toEqual({ ok: true, session: null });
    for (const table of db.tables) expect(await table.count(), table.name).toBe(0);
    expect(await fakeBrowser.storage.session.get(null)).toEqual({ other: 1 });
    expect(ended).toHaveBeenCalledWith(sessionId);
    expect(purged).toEqual(['sessions left: 0']);
  });

  it.each([
    ['a content script in a store page', { url: `${STORE}/checkout/`, tab: { id: 1 } }],
    ['a sender without a URL', {}],
  ])('refuses session control and purge from %s', async (_name, sender) => {
    await apply(db, [commit(`${STORE}/cart/`, 900)]);
    expect(await send({ type: 'purge-all' }, sender)).toMatchObject({ ok: false });
    expect(await send({ type: 'session-start', name: 'x', evidenceMode: true }, sender)).toMatchObject({ ok: false });
    expect(await db.visits.count()).toBe(1);
    expect(await db.sessions.filter((s) => !s.implicit).count()).toBe(0);
  });

  it('leaves other messages to their own handlers', async () => {
    const replies = await fakeBrowser.runtime.onMessage.trigger({ type: 'scope' }, PAGE, () => {});
    expect(replies).toEqual([undefined]);
  });
});
