// Hostile and huge pages (issue 4, "bounded cost"): fake WooCommerce/chat/consent globals that throw,
// 10,000 inputs, checkout fields in open and closed shadow roots, iframes 10 deep, and a page that
// replaces the built-ins after load. Each page runs its own self-check; it must come out identical in
// a plain Chromium and in one with the extension, no exception may reach the page, and the extension
// must still record the page's requests. The longest task is printed for both, never asserted on.
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FindingRow, RequestRow, VisitRow } from '@/utils/db';
import { launchBrowser, readTable, waitFor, type LaunchedBrowser } from '../harness/browser.mjs';
import { STORE } from '../harness/hosts.mjs';
import { readSeeds } from '../harness/seeds.mjs';
import { startServers, type FixtureServers } from '../harness/servers.mjs';
import { startSession, type Session } from '../harness/session.mjs';

const TYPED = { first: 'Saoirse', last: 'Ní Bhriain', email: 'saoirse.nibhriain@example.ie' };
const SHADOW = { first: 'Oona', open: 'oona.open-shadow@example.org', closed: 'cleo.closed-shadow@example.org' };

async function typeInto(page: Page, selector: string, text: string) {
  await page.click(selector);
  await page.keyboard.type(text, { delay: 10 });
}

const PAGES = {
  globals: { path: '/hostile4-globals/', markers: ['LSM-hostile4-globals-load', 'LSM-hostile4-globals-after-idle'] },
  inputs: {
    path: '/hostile4-inputs/',
    markers: ['LSM-hostile4-inputs'],
    async interact(page: Page) {
      await typeInto(page, '#typed_first', TYPED.first);
      await typeInto(page, '#typed_last', TYPED.last);
      await typeInto(page, '#typed_email', TYPED.email);
    },
  },
  shadow: {
    path: '/hostile4-shadow/',
    markers: ['LSM-hostile4-shadow-open', 'LSM-hostile4-shadow-closed'],
    async interact(page: Page) {
      // Playwright's CSS pierces open shadow roots; the closed one is reached by clicking its host.
      await typeInto(page, '#open-host input[name=billing_first_name]', SHADOW.first);
      await typeInto(page, '#open-host input[name=billing_email]', SHADOW.open);
      await typeInto(page, '#closed-host', SHADOW.closed);
    },
  },
  frames: { path: '/hostile4-frames/', markers: Array.from({ length: 11 }, (_, d) => `LSM-hostile4-frames-${d}`) },
  builtins: { path: '/hostile4-builtins/', markers: ['LSM-hostile4-builtins-fetch', 'LSM-hostile4-builtins-xhr', 'LSM-hostile4-builtins-store', 'LSM-hostile4-builtins-fragments'] },
} satisfies Record<string, { path: string; markers: string[]; interact?: (page: Page) => Promise<void> }>;
type Name = keyof typeof PAGES;
const NAMES = Object.keys(PAGES) as Name[];

interface Run {
  result: Record<string, unknown>;
  errors: string[];
  longtasks: number[] | null;
  /** hostile4-globals: how often its Proxy traps ran (reading a Proxy at all runs them; printed, not compared). */
  traps?: number;
}

async function runPage(ctx: BrowserContext, name: Name): Promise<Run> {
  const spec: { path: string; interact?: (page: Page) => Promise<void> } = PAGES[name];
  const page = await ctx.newPage();
  await page.goto(STORE + spec.path, { waitUntil: 'load' });
  if (spec.interact) {
    await spec.interact(page);
    await page.waitForTimeout(700); // the page's own 300 ms debounce, then its request
    await page.click('#finish');
  }
  const out = page.locator('#hostile-result[data-done]');
  await out.waitFor({ state: 'attached', timeout: 30_000 });
  const result = JSON.parse((await out.textContent()) ?? 'null') as Record<string, unknown>;
  await page.waitForTimeout(300); // late errors and long-task entries
  const { errors, longtasks, traps } = await page.evaluate(() => {
    const w = window as unknown as { __errors: string[]; __longtasks: number[] | null; __hostileCounts?: { traps: number } };
    return { errors: [...w.__errors], longtasks: w.__longtasks && [...w.__longtasks], traps: w.__hostileCounts?.traps };
  });
  await page.close();
  return { result, errors, longtasks, ...(traps === undefined ? {} : { traps }) };
}

async function runAll(ctx: BrowserContext): Promise<Record<Name, Run>> {
  // A plain store page first, so the first hostile page does not carry the browser's (and the
  // extension's) first-page start-up in its long-task figures.
  const warm = await ctx.newPage();
  await warm.goto(`${STORE}/embedded/`, { waitUntil: 'load' });
  await warm.close();
  const runs = {} as Record<Name, Run>;
  for (const name of NAMES) runs[name] = await runPage(ctx, name);
  return runs;
}

let servers: FixtureServers;
let plain: LaunchedBrowser;
let s: Session;
let without: Record<Name, Run>;
let withExt: Record<Name, Run>;

const longest = (r: Run) => (r.longtasks && r.longtasks.length ? Math.max(...r.longtasks) : 0);

beforeAll(async () => {
  servers = await startServers();
  plain = await launchBrowser({ servers, withExtension: false });
  without = await runAll(plain.ctx);
  await plain.close();
  s = await startSession({ servers });
  withExt = await runAll(s.ctx);
  console.log('hostile pages, longest task in ms (PerformanceObserver longtask, buffered; figures only):');
  for (const name of NAMES)
    console.log(`  ${name.padEnd(9)} without ${String(longest(without[name])).padStart(4)} (${without[name].longtasks?.length ?? '-'} long tasks)   with ${String(longest(withExt[name])).padStart(4)} (${withExt[name].longtasks?.length ?? '-'} long tasks)`);
  console.log(`  hostile4-globals Proxy trap calls: without ${without.globals.traps}, with ${withExt.globals.traps}`);
}, 240_000);

afterAll(async () => {
  await plain?.close();
  await s?.close();
  await servers?.close();
});

async function visitOf(name: Name): Promise<VisitRow> {
  const url = STORE + PAGES[name].path;
  const visit = await waitFor(async () => ((await readTable(s.ext, 'visits')) as VisitRow[]).find((v) => v.url === url) ?? null,
    { timeoutMs: 15_000, message: `the visit of ${url}` });
  return visit!;
}

const findingsOf = async (name: Name, host: string, category: string) => {
  const visit = await visitOf(name);
  return waitFor(async () => ((await readTable(s.ext, 'findings')) as FindingRow[])
    .filter((f) => f.visitId === visit.id && f.destination.host === host && f.dataCategory === category), {
    timeoutMs: 20_000, throwOnTimeout: false,
  }).then((all) => (all?.length ? all : []));
};

describe('hostile pages (Chromium)', () => {
  // getterCalls 8: the page's own state() reads four throwing getters, twice; the extension adds none.
  it.each([
    ['globals', { before: { wcVersion: '10.3.0', countries: 100000, cyclic: true, crisp: 100001, customerData: 'hostile getter customerData', intercom: 'hostile trap get' }, answers: [{ ok: true }, { ok: true }], handled: { accept: 1, decline: 1 }, getterCalls: 8 }],
    ['inputs', { inputs: 10003, prefilled: 1000, typed: [TYPED.first, TYPED.last, TYPED.email], allAnswered: true }],
    ['shadow', { values: { open: SHADOW.open, closed: SHADOW.closed }, closedHidden: true, allAnswered: true }],
    ['frames', { levels: Array.from({ length: 11 }, () => ({ ok: true, handled: 1 })) }],
    ['builtins', { answers: [{ ok: true }, { status: 200, ok: true }, { status: 201, items: 'FO-SOCK-MOSS-42' }, { status: 200 }], handled: 1, mapped: 'A,B', holder: 1, stillMine: true, nativeLooking: true }],
  ] as const)('the %s page\'s self-check passes in a plain browser (sanity of the fixture)', (name, expected) => {
    expect(without[name].result).toMatchObject(expected);
  });

  it.each(NAMES)('with the extension the %s page\'s self-check comes out exactly the same', (name) => {
    expect(withExt[name].result).toEqual(without[name].result);
  });

  it.each(NAMES)('no exception reached the %s page, with or without the extension', (name) => {
    expect(without[name].errors).toEqual([]);
    expect(withExt[name].errors).toEqual([]);
  });

  it.each(NAMES)('the extension still recorded every request the %s page made, through its page hook', async (name) => {
    const markers = PAGES[name].markers;
    const rows = await waitFor(async () => {
      const all = (await readTable(s.ext, 'requests')) as RequestRow[];
      const found = markers.map((m) => all.find((r) => r.url.includes(m) && (r.seenBy === 'both' || r.seenBy === 'hook')));
      return found.every(Boolean) ? found : null;
    }, { timeoutMs: 20_000, throwOnTimeout: false });
    const all = (await readTable(s.ext, 'requests')) as RequestRow[];
    const missing = markers.filter((m) => !all.some((r) => r.url.includes(m) && (r.seenBy === 'both' || r.seenBy === 'hook')));
    expect(missing, `requests not recorded by the hook (any side: ${markers.filter((m) => all.some((r) => r.url.includes(m))).length}/${markers.length})`).toEqual([]);
    expect(rows).not.toBeNull();
  });

  it('one email typed among 10,000 inputs is a seed, and the page sending it to an AI host is an email finding', async () => {
    const seeds = await waitFor(async () => {
      const all = await readSeeds(s.ext);
      return all.some((x) => x.kind === 'email' && x.value === TYPED.email) ? all : null;
    }, { timeoutMs: 10_000, throwOnTimeout: false });
    expect(seeds?.filter((x) => x.kind === 'email').map((x) => x.value)).toContain(TYPED.email);
    expect(seeds?.filter((x) => x.kind === 'full-name').map((x) => x.value)).toContain(`${TYPED.first} ${TYPED.last}`);
    expect(await findingsOf('inputs', 'api.openai.com', 'email')).not.toEqual([]);
  });

  it('an email typed inside an open shadow root is a seed and its leak a finding; one inside a closed shadow root is out of reach (docs/design.md)', async () => {
    const seeds = await waitFor(async () => {
      const all = await readSeeds(s.ext);
      return all.some((x) => x.value === SHADOW.open) ? all : null;
    }, { timeoutMs: 10_000, throwOnTimeout: false });
    const emails = (seeds ?? (await readSeeds(s.ext))).filter((x) => x.kind === 'email').map((x) => x.value);
    expect(emails).toContain(SHADOW.open);
    expect(await findingsOf('shadow', 'api.openai.com', 'email')).not.toEqual([]);
    // A closed root's inside never reaches the document's listener (composedPath stops at the host).
    expect(emails).not.toContain(SHADOW.closed);
    const visit = await visitOf('shadow');
    const closedLeak = ((await readTable(s.ext, 'findings')) as FindingRow[]).filter((f) => f.visitId === visit.id && f.destination.host === 'api.anthropic.com');
    console.log(`closed shadow root's email sent to api.anthropic.com: findings ${JSON.stringify(closedLeak.map((f) => f.dataCategory))} (no seed; seedless detectors only)`);
  });

  it('after the page replaced JSON, Promise then and the rest, its Store API answer still becomes cart seeds (copied from a clone)', async () => {
    const seeds = await waitFor(async () => {
      const all = await readSeeds(s.ext);
      return all.some((x) => x.kind === 'cart-sku' && x.value === 'FO-SOCK-MOSS-42') ? all : null;
    }, { timeoutMs: 10_000, throwOnTimeout: false });
    expect(seeds?.filter((x) => x.kind === 'cart-sku').map((x) => x.value)).toContain('FO-SOCK-MOSS-42');
  });

  it('the extension\'s globals and consent reads run the globals page\'s throwing Proxy traps only a few times (calls into page code, counted, not timed)', () => {
    expect(without.globals.traps).toBeTypeOf('number');
    expect(withExt.globals.traps).toBeLessThanOrEqual(50);
  });

  it('the long-task figures were measured on every page (printed above; timing is never asserted)', () => {
    for (const name of NAMES) {
      expect(without[name].longtasks, name).not.toBeNull();
      expect(withExt[name].longtasks, name).not.toBeNull();
    }
  });
});
