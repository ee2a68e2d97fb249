import { describe, expect, it } from 'vitest';
import { apply, commit, freshDb, hook, hookEvent, STORE, wr } from './helpers';

describe('visits', () => {
  it('creates a visit for a top-level navigation to a monitored store', async () => {
    const db = freshDb();
    await apply(db, [commit(`${STORE}/shop/`, 100)]);
    const visits = await db.visits.toArray();
    expect(visits).toHaveLength(1);
    expect(visits[0]).toMatchObject({ url: `${STORE}/shop/`, origin: STORE, tabId: 1, startedAt: 100 });
    expect(await db.sessions.count()).toBe(1);
  });

  it('keeps nothing at all for a tab showing an unmonitored site', async () => {
    const db = freshDb();
    await apply(db, [commit('http://other.test/', 100), wr({ time: 200 }), hook(hookEvent({ time: 201 }))]);
    for (const table of db.tables) expect(await table.count(), table.name).toBe(0);
  });

  it('keeps nothing for a monitored store framed by an unmonitored page', async () => {
    const db = freshDb();
    await apply(db, [commit('http://other.test/', 100), wr({ frameId: 5, time: 200 }), hook(hookEvent({ time: 201 }), 1, 5)]);
    for (const table of db.tables) expect(await table.count(), table.name).toBe(0);
  });

  it('puts requests from subframes into their tab\'s visit', async () => {
    const db = freshDb();
    await apply(db, [commit(`${STORE}/`, 100), wr({ frameId: 7, time: 200 })]);
    const [visit] = await db.visits.toArray();
    expect((await db.requests.toArray())[0]).toMatchObject({ visitId: visit!.id, frameId: 7 });
  });

  it('notes SPA navigations on the visit', async () => {
    const db = freshDb();
    await apply(db, [commit(`${STORE}/`, 100), { kind: 'spa', tabId: 1, url: `${STORE}/cart/`, time: 150, nav: 'history-state' }]);
    expect((await db.visits.toArray())[0]!.spaNavigations).toEqual([{ url: `${STORE}/cart/`, time: 150, kind: 'history-state' }]);
  });

  it('gives a late event to the page that made it, not to the next page', async () => {
    const db = freshDb();
    await apply(db, [commit(`${STORE}/a/`, 100), commit(`${STORE}/b/`, 300)]);
    await apply(db, [hook(hookEvent({ time: 200 }))]);
    const visits = await db.visits.orderBy('startedAt').toArray();
    expect((await db.requests.toArray())[0]!.visitId).toBe(visits[0]!.id);
  });

  it('drops a late event from a monitored page once the tab has moved to an unmonitored one, and keeps it before', async () => {
    const db = freshDb();
    await apply(db, [commit(`${STORE}/a/`, 100), commit('http://other.test/', 300)]);
    await apply(db, [hook(hookEvent({ time: 400 })), hook(hookEvent({ time: 200 }))]);
    const rows = await db.requests.toArray();
    expect(rows).toHaveLength(1);
    expect(rows[0]!.startedAt).toBe(200);
  });

  it('starts recording a monitored tab it never saw navigate, from the tab\'s URL', async () => {
    const db = freshDb();
    await apply(db, [wr({ time: 200 })], {}, new Map([[1, `${STORE}/cart/`]]));
    expect(await db.visits.count()).toBe(1);
    expect(await db.requests.count()).toBe(1);
  });

  it('orders a batch by time, so a commit delivered after its page\'s requests still comes first', async () => {
    const db = freshDb();
    await apply(db, [wr({ time: 200 }), commit(`${STORE}/`, 100)]);
    expect(await db.requests.count()).toBe(1);
  });

  it.each([
    ['a hook event', () => hook(hookEvent({ time: 90 }))],
    ['a webRequest event', () => wr({ time: 90 })],
  ])('keeps %s of a new tab timed before its first commit in the same batch (the page ran ahead of the browser noting the commit)', async (_name, early) => {
    const db = freshDb();
    await apply(db, [early(), commit(`${STORE}/`, 100)]);
    const [visit] = await db.visits.toArray();
    const rows = await db.requests.toArray();
    expect(rows).toHaveLength(1);
    expect(rows[0]!.visitId).toBe(visit!.id);
  });

  it('still gives a tab that already had a page its late events, in time order, when the next page commits in the same batch', async () => {
    const db = freshDb();
    await apply(db, [commit(`${STORE}/a/`, 100)]);
    await apply(db, [hook(hookEvent({ time: 150 })), commit(`${STORE}/b/`, 200)]);
    const visits = await db.visits.orderBy('startedAt').toArray();
    expect((await db.requests.toArray()).map((r) => r.visitId)).toEqual([visits[0]!.id]);
  });

  it('forgets tabs when the browser starts again, before the new session\'s first navigations', async () => {
    const db = freshDb();
    await apply(db, [commit(`${STORE}/`, 100, 1)]);
    await apply(db, [commit(`${STORE}/`, 500, 2), { kind: 'browser-start', time: 0 }]);
    expect((await db.tabs.toArray()).map((t) => t.tabId)).toEqual([2]);
  });
});

describe('joining the page hook and webRequest', () => {
  it.each([
    ['hook first', true],
    ['webRequest first', false],
  ])('joins both sides of one request into one row (%s)', async (_name, hookFirst) => {
    const db = freshDb();
    await apply(db, [commit(`${STORE}/`, 100)]);
    const h = hook(hookEvent({ time: 1000 }));
    const w = wr({ time: 1003, body: { kind: 'raw', status: 'ok', text: '{"q":"hello"}', size: 13, capturedBytes: 13 } });
    await apply(db, hookFirst ? [h] : [w]);
    await apply(db, hookFirst ? [w] : [h]);
    const rows = await db.requests.toArray();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      seenBy: 'both', transport: 'fetch', resourceType: 'xmlhttprequest', bodySource: 'hook',
      initiator: { url: `${STORE}/wp-content/plugins/ai-chat/chat.js?ver=1.2`, method: 'stack' },
    });
  });

  it('records a request seen only by the hook, marked so', async () => {
    const db = freshDb();
    await apply(db, [commit(`${STORE}/`, 100), hook(hookEvent())]);
    expect((await db.requests.toArray())[0]).toMatchObject({ seenBy: 'hook', joinOpen: 1 });
  });

  it('records a request seen only by webRequest, with the initiator webRequest gives', async () => {
    const db = freshDb();
    await apply(db, [commit(`${STORE}/`, 100), wr()]);
    expect((await db.requests.toArray())[0]).toMatchObject({ seenBy: 'webRequest', transport: 'other', initiator: { url: STORE, method: 'webRequest-initiator' } });
  });

  it('stores a resent hook event once', async () => {
    const db = freshDb();
    const e = hookEvent();
    await apply(db, [commit(`${STORE}/`, 100), hook(e)]);
    await apply(db, [hook(e), hook(e)]);
    expect(await db.requests.count()).toBe(1);
  });

  it('does not join requests further apart in time than the join window', async () => {
    const db = freshDb();
    await apply(db, [commit(`${STORE}/`, 100), hook(hookEvent({ time: 1000 })), wr({ time: 60_000 })]);
    expect(await db.requests.count()).toBe(2);
  });

  it('does not join requests from different frames', async () => {
    const db = freshDb();
    await apply(db, [commit(`${STORE}/`, 100), hook(hookEvent(), 1, 0), wr({ frameId: 3 })]);
    expect(await db.requests.count()).toBe(2);
  });

  it('pairs a burst of identical-URL calls by body, not by arrival order', async () => {
    const db = freshDb();
    const body = (text: string) => ({ kind: 'raw' as const, status: 'ok' as const, text, size: text.length, capturedBytes: text.length });
    await apply(db, [commit(`${STORE}/`, 100)]);
    await apply(db, [wr({ requestId: 'w2', time: 1001, body: body('two') }), wr({ requestId: 'w1', time: 1000, body: body('one') })]);
    await apply(db, [
      hook(hookEvent({ id: 'h1', time: 1000, body: { kind: 'text', status: 'ok', text: 'one', size: 3, capturedBytes: 3 } })),
      hook(hookEvent({ id: 'h2', time: 1000, body: { kind: 'text', status: 'ok', text: 'two', size: 3, capturedBytes: 3 } })),
    ]);
    const rows = await db.requests.toArray();
    expect(rows.map((r) => [r.hookId, r.webRequestId]).sort()).toEqual([['h1', 'w1'], ['h2', 'w2']]);
  });

  it('joins a WebSocket constructor with its handshake and files frames under the socket', async () => {
    const db = freshDb();
    const socket = hookEvent({ id: 's1', transport: 'websocket', url: 'wss://api.openai.com/v1/realtime', method: 'GET', body: undefined, protocols: ['realtime'] });
    await apply(db, [commit(`${STORE}/`, 100), hook(socket), wr({ url: 'wss://api.openai.com/v1/realtime', method: 'GET', type: 'websocket' })]);
    await apply(db, [{
      kind: 'hook', tabId: 1, frameId: 0, time: 1100,
      event: { type: 'ws-frame', id: 'f1', time: 1100, documentUrl: `${STORE}/`, initiator: { method: 'none' }, socketId: 's1', url: 'wss://api.openai.com/v1/realtime', direction: 'send', body: { kind: 'text', status: 'ok', text: 'hi', size: 2, capturedBytes: 2 } },
    }]);
    const [row] = await db.requests.toArray();
    expect(row).toMatchObject({ seenBy: 'both', transport: 'websocket', protocols: ['realtime'] });
    expect((await db.frames.toArray())[0]).toMatchObject({ socketHookId: 's1', visitId: row!.visitId, body: { text: 'hi' } });
  });

  it('adds status, headers and errors to the row by webRequest id', async () => {
    const db = freshDb();
    await apply(db, [
      commit(`${STORE}/`, 100), wr({ requestId: 'r1' }),
      { kind: 'wr-headers', requestId: 'r1', time: 1006, headers: [['authorization', 'Bearer sk-x']] },
      { kind: 'wr-done', requestId: 'r1', time: 1010, statusCode: 200, responseContentType: 'application/json' },
    ]);
    expect((await db.requests.toArray())[0]).toMatchObject({ statusCode: 200, responseContentType: 'application/json', requestHeaders: [['authorization', 'Bearer sk-x']], completedAt: 1010 });
  });

  it('notes redirects on the original row', async () => {
    const db = freshDb();
    await apply(db, [commit(`${STORE}/`, 100), wr({ requestId: 'r1', url: 'https://a.test/x' }), wr({ requestId: 'r1', url: 'https://b.test/y', time: 1010 })]);
    expect((await db.requests.toArray())[0]).toMatchObject({ url: 'https://a.test/x', redirects: ['https://b.test/y'] });
  });

  it('does not record the top-level GET navigation itself', async () => {
    const db = freshDb();
    await apply(db, [commit(`${STORE}/`, 100), wr({ type: 'main_frame', method: 'GET', url: `${STORE}/next/` })]);
    expect(await db.requests.count()).toBe(0);
  });
});

describe('joining never pairs different calls', () => {
  it('leaves a hook row open rather than join it with a later call whose body differs', async () => {
    const db = freshDb();
    const body = (text: string) => ({ kind: 'raw' as const, status: 'ok' as const, text, size: text.length, capturedBytes: text.length });
    await apply(db, [commit(`${STORE}/`, 100)]);
    // Burst A's webRequest side was lost (the worker was stopped); burst B's arrives first.
    await apply(db, [hook(hookEvent({ id: 'hA', time: 1000, body: { kind: 'text', status: 'ok', text: 'A', size: 1, capturedBytes: 1 } }))]);
    await apply(db, [wr({ requestId: 'wB', time: 5000, body: body('B') })]);
    await apply(db, [hook(hookEvent({ id: 'hB', time: 5000, body: { kind: 'text', status: 'ok', text: 'B', size: 1, capturedBytes: 1 } }))]);
    const rows = await db.requests.toArray();
    expect(rows.map((r) => [r.hookId, r.webRequestId ?? null, r.seenBy]).sort()).toEqual([['hA', null, 'hook'], ['hB', 'wB', 'both']]);
  });
});

describe('recovering from missed events', () => {
  it('creates the visit from the page itself when the worker missed its commit', async () => {
    const db = freshDb();
    await apply(db, [commit(`${STORE}/a/`, 100)]);
    await apply(db, [{ kind: 'page', tabId: 1, url: `${STORE}/b/`, time: 300, documentId: 'doc-b' }, wr({ time: 400 })]);
    const visits = await db.visits.orderBy('startedAt').toArray();
    expect(visits.map((v) => v.url)).toEqual([`${STORE}/a/`, `${STORE}/b/`]);
    expect((await db.requests.toArray())[0]!.visitId).toBe(visits[1]!.id);
  });

  it.each([
    ['the commit first', true],
    ['the page first', false],
  ])('makes one visit for one document when both paths report it (%s)', async (_name, commitFirst) => {
    const db = freshDb();
    const c = { ...commit(`${STORE}/b/`, 200), documentId: 'doc-b' } as const;
    const p = { kind: 'page', tabId: 1, url: `${STORE}/b/`, time: 300, documentId: 'doc-b' } as const;
    await apply(db, [commitFirst ? c : p]);
    await apply(db, [commitFirst ? p : c]);
    expect(await db.visits.count()).toBe(1);
  });

  it('ignores a page report from an unmonitored site', async () => {
    const db = freshDb();
    await apply(db, [{ kind: 'page', tabId: 1, url: 'http://other.test/', time: 300, documentId: 'd' }]);
    for (const table of db.tables) expect(await table.count(), table.name).toBe(0);
  });

  it('joins an iframe load webRequest reports in the new frame with the parent\'s hook event', async () => {
    const db = freshDb();
    const src = hookEvent({ transport: 'iframe', method: 'GET', url: 'https://widget.chatvendor.test/embed.html', body: undefined });
    await apply(db, [commit(`${STORE}/`, 100), hook(src, 1, 0), wr({ type: 'sub_frame', method: 'GET', url: 'https://widget.chatvendor.test/embed.html', frameId: 9, parentFrameId: 0 })]);
    expect((await db.requests.toArray()).map((r) => [r.seenBy, r.frameId])).toEqual([['both', 0]]);
  });
});

describe('joining forms', () => {
  it('joins a form body the page encoded with the same form webRequest parsed, reordered and re-encoded', async () => {
    const db = freshDb();
    await apply(db, [commit(`${STORE}/`, 100)]);
    await apply(db, [hook(hookEvent({ transport: 'xhr', body: { kind: 'urlencoded', status: 'ok', text: 'q=a%20b*&x=%7E', size: 14, capturedBytes: 14 } }))]);
    await apply(db, [wr({ body: { kind: 'urlencoded', status: 'ok', text: 'x=%7E&q=a+b%2A', size: 14, capturedBytes: 14 } })]);
    expect((await db.requests.toArray()).map((r) => r.seenBy)).toEqual(['both']);
  });
});

describe('back/forward cache', () => {
  it('continues the old visit when a page is restored from the back/forward cache', async () => {
    const db = freshDb();
    await apply(db, [{ ...commit(`${STORE}/a/`, 100), documentId: 'doc-a' }, { ...commit(`${STORE}/b/`, 200), documentId: 'doc-b' }]);
    await apply(db, [{ ...commit(`${STORE}/a/`, 300), documentId: 'doc-a' }, wr({ time: 400 })]);
    const visits = await db.visits.orderBy('startedAt').toArray();
    expect(visits).toHaveLength(2);
    expect((await db.requests.toArray())[0]!.visitId).toBe(visits[0]!.id);
  });
});

describe('page types', () => {
  it('notes the page classification on the visit that was showing', async () => {
    const db = freshDb();
    const page = { page: { kind: 'shop' as const }, isWordPress: true, isWooCommerce: true, evidence: ['body:woocommerce-js'], pageEvidence: ['body:woocommerce-shop'] };
    await apply(db, [commit(`${STORE}/shop/`, 100), { kind: 'page-type', tabId: 1, time: 200, page }]);
    expect((await db.visits.toArray())[0]!.page).toEqual(page);
  });
});

describe('page types of a named visit', () => {
  it('notes a late page classification on the visit of the document that sent it, not on the next page', async () => {
    const db = freshDb();
    const page = { page: { kind: 'product' as const }, isWordPress: true, isWooCommerce: true, evidence: [], pageEvidence: ['body:single-product'] };
    await apply(db, [{ ...commit(`${STORE}/a/`, 100), documentId: 'doc-a' }]);
    const [first] = await db.visits.toArray();
    await apply(db, [{ ...commit(`${STORE}/b/`, 200), documentId: 'doc-b' }, { kind: 'page-type', tabId: 1, time: 300, page, visitId: first!.id }]);
    const visits = await db.visits.orderBy('startedAt').toArray();
    expect(visits.map((v) => v.page)).toEqual([page, undefined]);
  });
});

describe('URLs holding a user name and password', () => {
  const SECRET = 'hunter2-pw';
  const withCreds = `https://ops:${SECRET}@api.openai.com/v1/chat/completions`;
  const plain = 'https://api.openai.com/v1/chat/completions';
  const masked = 'https://***@api.openai.com/v1/chat/completions';
  const storedText = async (db: ReturnType<typeof freshDb>) => JSON.stringify(await Promise.all(db.tables.map((t) => t.toArray())));

  it.each([
    ['both sides carry them', withCreds, withCreds, 'both', masked],
    ['only the hook does (the browser sent the request without them)', withCreds, plain, 'both', masked],
    ['only webRequest does', plain, withCreds, 'both', plain],
    ['only the hook saw the request', withCreds, null, 'hook', masked],
    ['only webRequest saw the request', null, withCreds, 'webRequest', masked],
  ] as const)('%s: one row, stored without the password', async (_name, hookUrl, wrUrl, seenBy, url) => {
    const db = freshDb();
    await apply(db, [commit(`${STORE}/`, 100)]);
    if (hookUrl) await apply(db, [hook(hookEvent({ time: 1000, url: hookUrl, documentUrl: `http://shop:${SECRET}@store.test/checkout/`, initiator: { url: `http://shop:${SECRET}@store.test/chat.js`, method: 'stack' } }))]);
    if (wrUrl) await apply(db, [wr({ time: 1003, url: wrUrl, documentUrl: `http://shop:${SECRET}@store.test/checkout/` })]);
    const rows = await db.requests.toArray();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ seenBy, url });
    expect(await storedText(db)).not.toContain(SECRET);
  });

  it('masks them in redirects and in WebSocket frames', async () => {
    const db = freshDb();
    await apply(db, [commit(`${STORE}/`, 100), wr({ requestId: 'r1', url: 'https://a.test/x' }), wr({ requestId: 'r1', url: `https://u:${SECRET}@b.test/y`, time: 1010 })]);
    await apply(db, [{
      kind: 'hook', tabId: 1, frameId: 0, time: 1100,
      event: { type: 'ws-frame', id: 'f1', time: 1100, documentUrl: `${STORE}/`, initiator: { method: 'none' }, socketId: 's1', url: `wss://u:${SECRET}@api.openai.com/v1/realtime`, direction: 'send', body: { kind: 'text', status: 'ok', text: 'hi', size: 2, capturedBytes: 2 } },
    }]);
    expect((await db.requests.toArray())[0]).toMatchObject({ redirects: ['https://***@b.test/y'] });
    expect((await db.frames.toArray())[0]).toMatchObject({ url: 'wss://***@api.openai.com/v1/realtime' });
    expect(await storedText(db)).not.toContain(SECRET);
  });
});
