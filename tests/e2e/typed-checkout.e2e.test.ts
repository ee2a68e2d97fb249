// What the shopper types into the classic checkout becomes a seed key by key, before submit; a
// chatbot plugin that sends it (base64 inside JSON) to an AI API is found as a profile leak from
// that plugin — including the full name, which no pattern could find without the seed.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FindingRow, VisitRow } from '@/utils/db';
import { readTable, waitFor } from '../harness/browser.mjs';
import { STORE } from '../harness/hosts.mjs';
import { startSession, type Session } from '../harness/session.mjs';

const NAME = ['Zoë', 'Lindqvist'];
const EMAIL = 'zoe.lindqvist@example.org';
let s: Session;
let page: Page;
let findings: FindingRow[];

beforeAll(async () => {
  s = await startSession();
  page = await s.ctx.newPage();
  // The shopper refused cookies in the store's Cookie Notice banner earlier.
  await s.ctx.addCookies([{ name: 'cookie_notice_accepted', value: 'false', url: STORE }]);
  await page.goto(`${STORE}/typed-checkout/`);
  await page.locator('#billing_first_name').pressSequentially(NAME[0]!, { delay: 20 });
  await page.locator('#billing_last_name').pressSequentially(NAME[1]!, { delay: 20 });
  await page.locator('#billing_email').pressSequentially(EMAIL, { delay: 20 });
  findings = (await waitFor(async () => {
    const all = (await readTable(s.ext, 'findings')) as FindingRow[];
    return all.some((f) => f.dataCategory === 'full-name') && all.some((f) => f.dataCategory === 'email') ? all : null;
  }, { timeoutMs: 20_000, message: 'full-name and email findings' }))!;
}, 60_000);

afterAll(async () => {
  await s?.close();
});

describe('typed checkout (Chromium)', () => {
  it('nothing was submitted: the page is still the checkout', () => {
    expect(page.url()).toBe(`${STORE}/typed-checkout/`);
  });

  it.each(['full-name', 'email'])('the typed %s sent by the ai-engine-checkout plugin is a critical profile leak, found through base64', (category) => {
    const f = findings.find((x) => x.dataCategory === category)!;
    expect(f).toMatchObject({ severity: 'critical', destination: { host: 'api.openai.com' } });
    expect(f.source.url).toContain('/wp-content/plugins/ai-engine-checkout/helper.js');
    expect(f.source.component).toMatchObject({ kind: 'plugin', slug: 'ai-engine-checkout', version: '3.6.2', how: 'stack' });
    expect(f.evidence.some((e) => e.chain.some((step) => step.includes('base64')))).toBe(true);
  });

  it('the findings say the data left although the shopper had refused consent', () => {
    for (const category of ['full-name', 'email'])
      expect(findings.find((x) => x.dataCategory === category)!.consent).toEqual({ cmp: 'cookie-notice', state: 'refused' });
  });

  it('the visit knows it is a classic WooCommerce checkout, from the page itself', async () => {
    const visit = ((await readTable(s.ext, 'visits')) as VisitRow[]).find((v) => v.url === `${STORE}/typed-checkout/`);
    expect(visit?.page).toMatchObject({ page: { kind: 'checkout', variant: 'classic' }, isWooCommerce: true });
  });

  it('the page inventory lists the plugin script with its version', async () => {
    const visit = ((await readTable(s.ext, 'visits')) as VisitRow[]).find((v) => v.url === `${STORE}/typed-checkout/`);
    expect(visit?.inventory?.components).toContainEqual(expect.objectContaining({ kind: 'plugin', slug: 'ai-engine-checkout', version: '3.6.2', loadedAs: 'script' }));
  });

  it.each([
    ['api-key', 'critical'],
    ['system-prompt', 'high'],
  ])('the %s the plugin prints into the page is a %s exposure finding, masked', async (category, severity) => {
    const all = (await readTable(s.ext, 'findings')) as FindingRow[];
    const f = all.find((x) => x.kind === 'page-exposure' && x.dataCategory === category);
    expect(f).toMatchObject({ severity });
    expect(JSON.stringify(f)).not.toContain('A1b2C3d4E5f6G7h8I9j0K1l2M3n4');
  });

  it('the findings hold neither the typed name nor the email', () => {
    const text = JSON.stringify(findings);
    for (const value of [EMAIL, NAME.join(' '), NAME[1]!]) expect(text).not.toContain(value);
  });
});
