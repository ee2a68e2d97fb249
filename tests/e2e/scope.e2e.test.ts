// Scope: only tabs whose top-level origin is a monitored store are recorded.
// (SpaNavigation.kind is 'history-state' for pushState/replaceState, see utils/db.ts.)
//   - a tab on the unmonitored http://other.test making AI requests leaves nothing in any table;
//   - an unmonitored page that frames the monitored store leaves nothing either;
//   - a monitored store's SPA navigation (history.pushState) is noted on its visit.
// Proving "nothing" needs a barrier: after the unmonitored activity, a monitored store page makes a
// request and the test waits until that one is stored. The extension handles events in order per
// source, so by then anything it would have kept from before is in the DB too.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FrameRow, RequestRow, SessionRow, VisitRow } from '@/utils/db';
import { readAll, waitFor } from '../harness/browser.mjs';
import { OTHER, STORE } from '../harness/hosts.mjs';
import { rowMentions } from '../harness/records.mjs';
import { startSession, type Session } from '../harness/session.mjs';
import { settleFixtures, visitStorePage, type SentEntry } from '../harness/store.mjs';

interface Tables {
  sessions: SessionRow[];
  visits: VisitRow[];
  requests: RequestRow[];
  frames: FrameRow[];
}

let s: Session;

beforeAll(async () => {
  s = await startSession();
}, 60_000);

afterAll(async () => {
  await s?.close();
});

const snapshot = async () => (await readAll(s.ext)) as Tables;

/** Load a monitored store page in a fresh tab and wait until its marker is stored. */
async function barrier(): Promise<Tables> {
  const tab = await s.ctx.newPage();
  try {
    const v = await visitStorePage(tab, { name: 'barrier', path: '/embedded/' });
    const marker = v.sent[0]!.marker;
    // waitFor throws on timeout, so the result is never null here.
    return (await waitFor(async () => {
      const t = await snapshot();
      return t.requests.some((r) => rowMentions(r, marker)) ? t : null;
    }, { timeoutMs: 10_000, intervalMs: 200, message: `the monitored barrier request ${marker} to be stored` }))!;
  } finally {
    await tab.close();
  }
}

/** Every row of every table that refers to `needle` (an origin or a marker), as readable strings. */
function rowsReferring(t: Tables, needles: string[]): string[] {
  const hit = (row: unknown) => {
    const json = JSON.stringify(row);
    return needles.some((n) => json.includes(n));
  };
  return [
    ...t.visits.filter(hit).map((v) => `visit ${v.url}`),
    ...t.requests.filter(hit).map((r) => `request ${r.method} ${r.url} (frameUrl ${r.frameUrl ?? '-'})`),
    ...t.frames.filter(hit).map((f) => `frame ${f.url}`),
    ...t.sessions.filter(hit).map((x) => `session ${x.name}`),
  ];
}

describe('scope (Chromium, only http://store.test monitored)', () => {
  it('an unmonitored site making AI requests leaves nothing in any table', async () => {
    const before = await snapshot();
    const tab = await s.ctx.newPage();
    await tab.goto(`${OTHER}/`);
    const { sent, errors } = await settleFixtures(tab);
    expect(errors).toEqual([]);
    const markers = [...new Set(sent.map((e: SentEntry) => e.marker))];
    expect(markers.length).toBeGreaterThan(0);
    // The servers did receive it all (the fetch, the beacon, the pixel, the WebSocket frame).
    await waitFor(() => s.servers.received.filter((r) => r.url.includes(markers[0]!) || r.body.toString('latin1').includes(markers[0]!)).length >= 4, {
      timeoutMs: 5000,
      message: 'the other site’s requests to reach the servers',
    });
    await tab.close();

    const after = await barrier();
    expect(rowsReferring(after, [OTHER, 'other.test', ...markers])).toEqual([]);
    // Sessions: at most the ones the monitored store's visits use.
    const usedSessions = new Set(after.visits.map((v) => v.sessionId));
    const beforeIds = new Set(before.sessions.map((x) => x.id));
    expect(after.sessions.filter((x) => !beforeIds.has(x.id) && !usedSessions.has(x.id)).map((x) => x.name)).toEqual([]);
  });

  it('an unmonitored page that frames the monitored store leaves nothing', async () => {
    const tab = await s.ctx.newPage();
    await tab.goto(`${OTHER}/frames-store/`);
    const frame = (await waitFor(() => tab.frames().find((f) => f.url() === `${STORE}/embedded/`), {
      timeoutMs: 5000,
      message: 'the framed store page',
    }))!;
    await frame.waitForLoadState('load');
    const { sent, errors } = await settleFixtures(frame);
    expect(errors).toEqual([]);
    const markers = sent.map((e) => e.marker);
    expect(markers).toHaveLength(1);
    await tab.close();

    const after = await barrier();
    expect(rowsReferring(after, [OTHER, 'other.test', ...markers])).toEqual([]);
  });

  it("a monitored store's history.pushState is noted on its visit's spaNavigations", async () => {
    const tab: Page = await s.ctx.newPage();
    await tab.goto(`${STORE}/spa/`);
    const pushed = `${STORE}/spa/product/hoodie-with-logo/`;
    const marker = await tab.evaluate(
      (p) => (window as unknown as { spaGo(path: string): Promise<string> }).spaGo(p),
      '/spa/product/hoodie-with-logo/',
    );
    expect(tab.url()).toBe(pushed);

    const t = await waitFor(async () => {
      const x = await snapshot();
      const visit = x.visits.find((v) => v.url === `${STORE}/spa/`);
      const noted = visit?.spaNavigations?.some((n) => n.url === pushed && n.kind === 'history-state');
      return noted && x.requests.some((r) => rowMentions(r, marker)) ? x : null;
    }, { timeoutMs: 10_000, intervalMs: 200, throwOnTimeout: false }) ?? (await snapshot());

    const visit = t.visits.find((v) => v.url === `${STORE}/spa/`);
    expect(visit, 'a visit for the SPA entry page').toBeDefined();
    expect(visit!.spaNavigations).toEqual(expect.arrayContaining([expect.objectContaining({ url: pushed, kind: 'history-state' })]));
    expect(t.visits.filter((v) => v.url === pushed), 'pushState does not start a new visit').toEqual([]);
    const row = t.requests.find((r) => rowMentions(r, marker));
    expect(row?.visitId, 'the request after pushState belongs to the same visit').toBe(visit!.id);
    await tab.close();
  });
});
