// The MV3 service worker can be stopped at any moment. Requests must survive it: every request
// the page made through the hooked fetch is stored exactly once, whatever the timing of the stop.
//
// The burst page's ai-sync-queue plugin fires N fetch POSTs at once; each body carries a unique
// "seq":"LSQ-<burst>-<i>". The test stops the worker 4 times:
//   stop 1 between bursts a and b              (settled: nothing in flight)
//   stop 2 while burst c is in flight          (responses delayed 400 ms by the server)
//   stop 3 between c and a reload + burst d    (the next navigation starts a new visit)
//   stop 4 right after burst e was fired       (before most of it reached the network)
// Bursts a, b, d only ever see a stopped-then-woken worker, so they must be complete and joined:
// stored count = count the servers received = count the page issued, all seenBy 'both'.
// Bursts c and e overlap a stop: they must still be stored exactly once each (no duplicates, none
// missing), and the test prints how many of them only one side (hook or webRequest) saw.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RequestRow, VisitRow } from '@/utils/db';
import { readTable, stopServiceWorker, waitFor } from '../harness/browser.mjs';
import { STORE } from '../harness/hosts.mjs';
import { bodySearchText } from '../harness/records.mjs';
import { startSession, type Session } from '../harness/session.mjs';

const BURST_URL = `${STORE}/burst/`;
const EMBEDDINGS = 'https://api.openai.com/v1/embeddings';
const SCRIPT = `${STORE}/wp-content/plugins/ai-sync-queue/queue.js?ver=1.1.0`;

interface Burst {
  label: string;
  n: number;
  /** Did a service-worker stop overlap the burst? */
  overlapsStop: boolean;
  /** Response statuses as the page saw them. */
  statuses: (number | string)[];
}

let s: Session;
let page: Page;
const bursts: Burst[] = [];
const stops: { stopped: boolean; statuses: string[]; when: string }[] = [];
let rows: RequestRow[] = [];
let visits: VisitRow[] = [];

const seqOf = (text: string) => /"seq":"(LSQ-[a-z]+-\d+)"/.exec(text)?.[1];
const expectedSeqs = (b: Burst) => Array.from({ length: b.n }, (_, i) => `LSQ-${b.label}-${i}`);

function fire(label: string, n: number, delayMs: number): Promise<(number | string)[]> {
  return page.evaluate(
    ([l, count, delay]) =>
      (window as unknown as { aiSyncQueue: { fire(n: number, l: string, d: number): Promise<(number | string)[]> } }).aiSyncQueue.fire(
        count,
        l,
        delay,
      ),
    [label, n, delayMs] as const,
  );
}

async function stop(when: string) {
  stops.push({ ...(await stopServiceWorker(s.ext)), when });
}

/** Stored rows whose body carries a burst seq marker. */
async function burstRows(): Promise<RequestRow[]> {
  const all = (await readTable(s.ext, 'requests')) as RequestRow[];
  return all.filter((r) => r.url.startsWith(EMBEDDINGS) && r.method === 'POST' && seqOf(bodySearchText(r.body)));
}

/** Seqs the fixture servers received. */
function receivedSeqs(): string[] {
  return s.servers.received
    .filter((e) => e.kind === 'http' && e.method === 'POST' && e.url.startsWith(EMBEDDINGS))
    .map((e) => seqOf(e.body.toString('utf8')))
    .filter((x): x is string => !!x);
}

beforeAll(async () => {
  s = await startSession();
  page = await s.ctx.newPage();
  await page.goto(BURST_URL);

  const run = async (label: string, n: number, delayMs: number, overlapsStop: boolean, during?: () => Promise<void>) => {
    const pending = fire(label, n, delayMs);
    if (during) await during();
    bursts.push({ label, n, overlapsStop, statuses: await pending });
    // "Between bursts" means after the burst was written: a stop inside the background's 400 ms
    // batch window loses webRequest's side by design, and that case is what bursts c and e test.
    if (!overlapsStop)
      await waitFor(async () => {
        const mine = (await burstRows()).filter((r) => seqOf(bodySearchText(r.body))?.startsWith(`LSQ-${label}-`));
        return mine.length === n && mine.every((r) => r.seenBy === 'both');
      }, { timeoutMs: 5000, throwOnTimeout: false });
  };

  await run('a', 15, 0, false);
  await stop('between a and b');
  await run('b', 15, 0, false);
  await run('c', 20, 400, true, async () => {
    // Stop once the first requests of the burst reached the server, with the rest still in flight.
    await s.servers.waitForReceived((e) => e.method === 'POST' && e.body.toString('utf8').includes('"LSQ-c-'), 10_000);
    await stop('during c (in flight)');
  });
  await stop('between c and the reload');
  await page.reload();
  await run('d', 15, 0, false);
  await run('e', 20, 300, true, () => stop('right after e was fired'));

  // Let everything land: every issued seq stored (by any side), or 20 s.
  const issued = bursts.flatMap(expectedSeqs);
  rows = await waitFor(async () => {
    const r = await burstRows();
    const stored = new Set(r.map((x) => seqOf(bodySearchText(x.body))));
    return issued.every((q) => stored.has(q)) ? r : null;
  }, { timeoutMs: 20_000, intervalMs: 250, throwOnTimeout: false }) ?? (await burstRows());
  // Give late joins (the other side of a stored row) a moment to land, without sleeping blindly.
  const settled = new Set(bursts.filter((b) => !b.overlapsStop).map((b) => b.label));
  const labelOf = (r: RequestRow) => /^LSQ-([a-z]+)-/.exec(seqOf(bodySearchText(r.body)) ?? '')?.[1] ?? '';
  rows = (await waitFor(async () => {
    const r = await burstRows();
    return r.every((x) => x.seenBy === 'both' || !settled.has(labelOf(x))) ? r : null;
  }, { timeoutMs: 3000, intervalMs: 250, throwOnTimeout: false })) ?? (await burstRows());
  visits = (await readTable(s.ext, 'visits')) as VisitRow[];
}, 120_000);

afterAll(async () => {
  await s?.close();
});

describe('service-worker stops (Chromium)', () => {
  it('the worker really stopped each time (CDP runningStatus → stopped)', () => {
    expect(stops.length).toBeGreaterThanOrEqual(3);
    for (const st of stops) expect(st.stopped, `${st.when}: ${st.statuses.join(' → ')}`).toBe(true);
  });

  it('the page issued every burst and the servers answered all of it', () => {
    for (const b of bursts) expect(b.statuses, `burst ${b.label}`).toEqual(Array(b.n).fill(200));
    expect(new Set(receivedSeqs())).toEqual(new Set(bursts.flatMap(expectedSeqs)));
  });

  it('every request the page made is stored exactly once (no duplicates, none missing)', () => {
    const counts = new Map<string, number>();
    for (const r of rows) {
      const q = seqOf(bodySearchText(r.body))!;
      counts.set(q, (counts.get(q) ?? 0) + 1);
    }
    const missing = bursts.flatMap(expectedSeqs).filter((q) => !counts.has(q));
    const dupes = [...counts].filter(([, c]) => c > 1).map(([q, c]) => `${q}×${c}`);
    expect(missing, 'issued but not stored').toEqual([]);
    expect(dupes, 'stored more than once').toEqual([]);
  });

  it('the navigation right after a stop starts its own visit (the reload is a new visit)', () => {
    const storeVisits = visits.filter((v) => v.url === BURST_URL);
    expect(storeVisits, 'two visits of the burst page (before and after the reload)').toHaveLength(2);
  });

  it('bursts between stops: stored = received by the servers = issued, right initiator and visit', () => {
    const received = receivedSeqs();
    const storeVisits = visits.filter((v) => v.url === BURST_URL).sort((a, b) => a.startedAt - b.startedAt);
    const reloadedAt = storeVisits[1]?.startedAt;
    for (const b of bursts.filter((x) => !x.overlapsStop)) {
      const mine = rows.filter((r) => seqOf(bodySearchText(r.body))!.startsWith(`LSQ-${b.label}-`));
      expect(mine.length, `burst ${b.label}: stored = received`).toBe(received.filter((q) => q.startsWith(`LSQ-${b.label}-`)).length);
      expect(mine.length, `burst ${b.label}: stored = issued`).toBe(b.n);
      for (const r of mine) expect(r.initiator?.url, `burst ${b.label}: initiator`).toBe(SCRIPT);
      // Bursts a/b ran before the reload, d after it: their rows belong to the matching visit.
      const expectedVisit = b.label === 'd' ? storeVisits[1] : storeVisits[0];
      if (b.label !== 'd' || reloadedAt !== undefined) {
        expect(new Set(mine.map((r) => r.visitId)), `burst ${b.label}: visit`).toEqual(new Set([expectedVisit!.id]));
      }
    }
  });

  it('bursts between stops: both sides joined for every request (seenBy both)', () => {
    const notJoined = rows
      .filter((r) => bursts.some((b) => !b.overlapsStop && seqOf(bodySearchText(r.body))!.startsWith(`LSQ-${b.label}-`)))
      .filter((r) => r.seenBy !== 'both')
      .map((r) => `${seqOf(bodySearchText(r.body))}:${r.seenBy}`)
      .sort();
    expect(notJoined, 'rows of settled bursts that only one side saw').toEqual([]);
  });

  it('bursts overlapping a stop: one-sided rows are counted and reported, never silently missing', () => {
    const overlapping = bursts.filter((b) => b.overlapsStop);
    const mine = rows.filter((r) => overlapping.some((b) => seqOf(bodySearchText(r.body))!.startsWith(`LSQ-${b.label}-`)));
    const by = (k: RequestRow['seenBy']) => mine.filter((r) => r.seenBy === k).length;
    const issued = overlapping.reduce((n, b) => n + b.n, 0);
    console.log(
      `[sw-stop] ${stops.length} stops; bursts overlapping a stop: ${issued} requests issued, ${mine.length} stored ` +
        `(both=${by('both')}, hook-only=${by('hook')}, webRequest-only=${by('webRequest')}); ` +
        `seen only by webRequest inside a kill: ${by('webRequest')}`,
    );
    expect(mine.length).toBe(issued);
    // A webRequest-only row still has the request's body (webRequest's copy).
    for (const r of mine.filter((x) => x.seenBy === 'webRequest')) expect(seqOf(bodySearchText(r.body))).toBeTruthy();
  });
});
