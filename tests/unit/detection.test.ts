import { describe, expect, it } from 'vitest';
import { createDetector, REANALYSE_WINDOW_MS } from '@/utils/detection';
import type { LeakscopeDB } from '@/utils/db';
import { DEFAULT_SETTINGS, type Settings } from '@/utils/settings';
import { apply, commit, freshDb, hook, hookEvent, STORE } from './helpers';

let settings: Settings = DEFAULT_SETTINGS;

const EMAIL = 'alice.customer@example.com';

function memoryArea() {
  const data = new Map<string, unknown>();
  return {
    data,
    get: async (key: string) => (data.has(key) ? { [key]: data.get(key) } : {}),
    set: async (items: Record<string, unknown>) => void Object.entries(items).forEach(([k, v]) => data.set(k, v)),
    remove: async (key: string) => void data.delete(key),
  };
}

async function setup(now = () => Date.now()) {
  const db = freshDb();
  const area = memoryArea();
  const detector = createDetector({ db, sessionArea: area, getSettings: async () => settings, salt: async () => 'test-salt-0123456789', now });
  await apply(db, [commit(`${STORE}/checkout/`, Date.now() - 1000)]);
  return { db, area, detector };
}

async function leak(db: LeakscopeDB, time = Date.now()) {
  const body = JSON.stringify({ model: 'gpt-4o-mini', messages: [{ role: 'user', content: `my email is ${EMAIL}` }] });
  await apply(db, [hook(hookEvent({ time, body: { kind: 'text', status: 'ok', text: body, size: body.length, capturedBytes: body.length } }))]);
  return (await db.requests.toArray()).at(-1)!.id;
}

describe('detection over stored rows', () => {
  it('finds a seed the shopper typed in a request to an AI API and stores one finding', async () => {
    const { db, detector } = await setup();
    expect(await detector.addSeeds(1, [{ kind: 'email', value: EMAIL }])).toBe(1);
    const id = await leak(db);
    await detector.analyse([id], []);
    const [finding] = await db.findings.toArray();
    expect(finding).toMatchObject({ dataCategory: 'email', count: 1, destination: { host: 'api.openai.com' } });
    expect(JSON.stringify(finding)).not.toContain(EMAIL);
  });

  it('finds an earlier leak again when the seed becomes known afterwards', async () => {
    const { db, detector } = await setup();
    const id = await leak(db);
    await detector.analyse([id], []);
    expect((await db.findings.toArray()).map((f) => f.dataCategory)).not.toContain('email');
    await detector.addSeeds(1, [{ kind: 'email', value: EMAIL }]);
    expect((await db.findings.toArray()).map((f) => f.dataCategory)).toContain('email');
  });

  it('does not count a request twice when it is analysed again', async () => {
    const { db, detector } = await setup();
    await detector.addSeeds(1, [{ kind: 'email', value: EMAIL }]);
    const id = await leak(db);
    await detector.analyse([id], []);
    await detector.analyse([id], []);
    expect((await db.findings.toArray()).find((f) => f.dataCategory === 'email')!.count).toBe(1);
  });

  it('analyses a batch of rows together: two leaks of one email make one finding counted twice', async () => {
    const { db, detector } = await setup();
    await detector.addSeeds(1, [{ kind: 'email', value: EMAIL }]);
    const ids = [await leak(db), await leak(db)];
    await detector.analyse(ids, []);
    const email = (await db.findings.toArray()).filter((f) => f.dataCategory === 'email');
    expect(email).toHaveLength(1);
    expect(email[0]!.count).toBe(2);
    expect(email[0]!.requestIds.sort()).toEqual([...ids].sort());
    for (const id of ids) expect((await db.requests.get(id))!.findingIds).toContain(email[0]!.id);
  });

  it('skips unknown ids, CORS preflights and rows without a visit in a batch, and still analyses the rest', async () => {
    const { db, detector } = await setup();
    await detector.addSeeds(1, [{ kind: 'email', value: EMAIL }]);
    const good = await leak(db);
    const preflight = await leak(db);
    await db.requests.update(preflight, { method: 'OPTIONS' });
    const orphan = await leak(db);
    await db.requests.update(orphan, { visitId: 'no-such-visit' });
    await detector.analyse(['missing', preflight, orphan, good], []);
    expect((await db.requests.get(good))!.analysedAt).toBeTypeOf('number');
    expect((await db.requests.get(preflight))!.analysedAt).toBeUndefined();
    expect((await db.requests.get(orphan))!.analysedAt).toBeUndefined();
    expect((await db.findings.toArray()).find((f) => f.dataCategory === 'email')!.requestIds).toEqual([good]);
  });

  it('keeps seeds only in session storage, never in IndexedDB', async () => {
    const { db, area, detector } = await setup();
    await detector.addSeeds(1, [{ kind: 'email', value: EMAIL }]);
    expect(JSON.stringify([...area.data.values()])).toContain(EMAIL);
    for (const table of db.tables) expect(JSON.stringify(await table.toArray()), table.name).not.toContain(EMAIL);
  });

  it('drops the raw body after the re-analysis window, keeping size, type and a hash', async () => {
    let clock = Date.now();
    const { db, detector } = await setup(() => clock);
    const id = await leak(db, clock);
    await detector.analyse([id], []);
    clock += REANALYSE_WINDOW_MS + 1;
    expect(await detector.dropExpired()).toBe(1);
    const row = (await db.requests.get(id))!;
    expect(row.body).toMatchObject({ kind: 'text', status: 'ok' });
    expect(row.body?.text).toBeUndefined();
    expect(row.bodyHash).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(row)).not.toContain(EMAIL);
  });

  it('analyses rows a stopped worker left behind', async () => {
    const { db, detector } = await setup();
    await detector.addSeeds(1, [{ kind: 'email', value: EMAIL }]);
    await leak(db);
    await detector.catchUp();
    expect((await db.findings.toArray()).map((f) => f.dataCategory)).toContain('email');
  });
});

describe('sessions: evidence mode and ending', () => {
  const inEvidenceMode = async (db: LeakscopeDB) => {
    const visit = (await db.visits.toArray())[0]!;
    await db.sessions.update(visit.sessionId, { evidenceMode: true });
    return visit.sessionId;
  };

  it('keeps the raw value in evidence only when the session is in evidence mode', async () => {
    for (const evidence of [false, true]) {
      const { db, detector } = await setup();
      if (evidence) await inEvidenceMode(db);
      await detector.addSeeds(1, [{ kind: 'email', value: EMAIL }]);
      await detector.analyse([await leak(db)], []);
      const finding = (await db.findings.toArray()).find((f) => f.dataCategory === 'email')!;
      expect(finding.evidence.some((e) => e.raw?.toLowerCase() === EMAIL), `evidence mode ${evidence}`).toBe(evidence);
    }
  });

  it('keeps raw bodies past the re-analysis window in evidence mode', async () => {
    let clock = Date.now();
    const { db, detector } = await setup(() => clock);
    await inEvidenceMode(db);
    const id = await leak(db, clock);
    await detector.analyse([id], []);
    clock += REANALYSE_WINDOW_MS + 1;
    expect(await detector.dropExpired()).toBe(0);
    expect((await db.requests.get(id))!.body?.text).toContain(EMAIL);
  });

  it('forgets the seeds and drops the raw bodies of a session when it ends', async () => {
    const { db, area, detector } = await setup();
    await detector.addSeeds(1, [{ kind: 'email', value: EMAIL }]);
    const id = await leak(db);
    await detector.analyse([id], []);
    const sessionId = (await db.visits.toArray())[0]!.sessionId;
    await detector.endSession(sessionId);
    expect(JSON.stringify([...area.data.values()])).not.toContain(EMAIL);
    for (const table of db.tables) expect(JSON.stringify(await table.toArray()), table.name).not.toContain(EMAIL);
    expect((await db.requests.get(id))!.rawDroppedAt).toBeTypeOf('number');
  });

  it('leaves no seed value in any table once a session ends: visit URL and title, frame URL, initiator, join key', async () => {
    const { db, area, detector } = await setup();
    await apply(db, [commit(`${STORE}/?s=merino+socks&post_type=product`, Date.now() - 500), { kind: 'title', tabId: 1, title: 'You searched for merino socks', time: Date.now() - 400 }]);
    await detector.addSeeds(1, [{ kind: 'email', value: EMAIL }, { kind: 'search-query', value: 'merino socks' }]);
    const frameUrl = `https://chat.vendor.test/embed?customer=${encodeURIComponent(EMAIL)}`;
    await apply(db, [hook(hookEvent({ time: Date.now(), documentUrl: frameUrl, initiator: { url: `https://chat.vendor.test/w.js?ver=1&q=merino+socks`, method: 'stack' }, url: `https://api.openai.com/v1/x?u=${encodeURIComponent(EMAIL)}` }), 1, 4)]);
    await detector.analyse((await db.requests.toArray()).map((r) => r.id), []);
    const sessionId = (await db.visits.toArray()).at(-1)!.sessionId;
    await detector.endSession(sessionId);
    expect(area.data.size).toBe(0);
    for (const table of db.tables) {
      const dump = JSON.stringify(await table.toArray()).toLowerCase();
      for (const v of [EMAIL, encodeURIComponent(EMAIL).toLowerCase(), 'merino socks', 'merino+socks']) expect(dump, `${table.name} holds ${v}`).not.toContain(v);
    }
  });

  it('keeps the raw bodies of an evidence-mode session when it ends, but still forgets its seeds', async () => {
    const { db, area, detector } = await setup();
    const sessionId = await inEvidenceMode(db);
    await detector.addSeeds(1, [{ kind: 'email', value: EMAIL }]);
    const id = await leak(db);
    await detector.analyse([id], []);
    await detector.endSession(sessionId);
    expect(area.data.size).toBe(0);
    expect((await db.requests.get(id))!.body?.text).toContain(EMAIL);
  });
});

describe('detection settings', () => {
  it('treats an endpoint the user marked sovereign as info, never a leak', async () => {
    const { db, detector } = await setup();
    settings = { ...DEFAULT_SETTINGS, sovereignEndpoints: ['api.openai.com'] };
    try {
      await detector.addSeeds(1, [{ kind: 'email', value: EMAIL }]);
      await detector.analyse([await leak(db)], []);
      expect(new Set((await db.findings.toArray()).map((f) => f.severity))).toEqual(new Set(['info']));
    } finally {
      settings = DEFAULT_SETTINGS;
    }
  });

  it('always looks for the QA canary customer from settings, with no seed typed', async () => {
    const { db, detector } = await setup();
    settings = { ...DEFAULT_SETTINGS, canary: { email: EMAIL } };
    try {
      await detector.analyse([await leak(db)], []);
      expect((await db.findings.toArray()).find((f) => f.dataCategory === 'email')).toMatchObject({ severity: 'critical' });
    } finally {
      settings = DEFAULT_SETTINGS;
    }
  });

  it('recognises a destination the user added', async () => {
    const { db, detector } = await setup();
    settings = { ...DEFAULT_SETTINGS, customDestinations: [{ host: 'ai.vendor.example', vendor: 'Vendor AI', category: 'ai-chat-widget', country: 'US' }] };
    try {
      await detector.addSeeds(1, [{ kind: 'email', value: EMAIL }]);
      await apply(db, [hook(hookEvent({ url: 'https://ai.vendor.example/chat', time: Date.now(), body: { kind: 'text', status: 'ok', text: `q=${EMAIL}`, size: 40, capturedBytes: 40 } }))]);
      await detector.analyse([(await db.requests.toArray()).at(-1)!.id], []);
      expect((await db.findings.toArray()).find((f) => f.dataCategory === 'email')).toMatchObject({ destination: { vendor: 'Vendor AI' } });
    } finally {
      settings = DEFAULT_SETTINGS;
    }
  });
});

describe('page reports for a named visit', () => {
  it('puts a late inventory and late seeds on the visit (and session) of the page that sent them, not on the next page', async () => {
    const { db, area, detector } = await setup();
    const [first] = await db.visits.toArray();
    await db.sessions.add({ id: 'qa', name: 'QA', startedAt: Date.now(), implicit: false });
    await apply(db, [commit(`${STORE}/next/`, Date.now())]);
    const next = (await db.visits.toArray()).find((v) => v.id !== first!.id)!;
    await db.visits.update(next.id, { sessionId: 'qa' });
    const facts = { scripts: [`${STORE}/wp-content/plugins/ai-chat/chat.js?ver=1.2`], iframes: [], globals: [] };
    expect(await detector.inventory(1, { visitId: first!.id, time: Date.now() }, facts)).toBe(true);
    expect(await detector.addSeeds(1, [{ kind: 'email', value: EMAIL }], first!.id)).toBe(1);
    expect((await db.visits.get(first!.id))!.inventory?.components).toContainEqual(expect.objectContaining({ slug: 'ai-chat' }));
    expect((await db.visits.get(next.id))!.inventory).toBeUndefined();
    expect(JSON.stringify(area.data.get(`seeds:${first!.sessionId}`))).toContain(EMAIL);
    expect(area.data.get('seeds:qa')).toBeUndefined();
  });
});
