// The whole store walk in real Chromium: search → product → add to cart (the page's own Store API
// add-item fetch, whose JSON answer the hook copies) → cart → classic checkout and block checkout
// (a customer typed key by key, never submitted) → order received → my-account → a wp-admin HPOS
// order screen. Each visit: page type, seeds, consent on findings, plugin attribution.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FindingRow, RequestRow, VisitRow } from '@/utils/db';
import { readTable, waitFor } from '../harness/browser.mjs';
import { STORE } from '../harness/hosts.mjs';
import { readSeeds } from '../harness/seeds.mjs';
import { startSession, type Session } from '../harness/session.mjs';
import { settleFixtures } from '../harness/store.mjs';

const SKU = 'FO-SOCK-MOSS-42';
const CLASSIC = { first: 'Tomasz', last: 'Wiśniewski', email: 'tomasz.wisniewski@example.pl' };
const BLOCK = { first: 'Aoife', last: 'Brennan', email: 'aoife.brennan@example.ie' };
const PAGES = {
  search: `${STORE}/walk/?s=trail+sock&post_type=product`,
  product: `${STORE}/walk/product/merino-trail-sock/`,
  cart: `${STORE}/walk/cart/`,
  classic: `${STORE}/walk/checkout/`,
  block: `${STORE}/walk/block-checkout/`,
  received: `${STORE}/walk/checkout/order-received/1187/?key=wc_order_Xq3v9LkP2mZ1a`,
  account: `${STORE}/walk/my-account/`,
  admin: `${STORE}/wp-admin/admin.php?page=wc-orders&action=edit&id=1187`,
} as const;
type Step = keyof typeof PAGES;

let s: Session;
let page: Page;
let productMarkup = '';
let addToCart: { status: unknown; badge: string | null | undefined } | undefined;
const visits = {} as Record<Step, VisitRow>;

async function visitOf(url: string): Promise<VisitRow> {
  const found = await waitFor(async () => ((await readTable(s.ext, 'visits')) as VisitRow[]).find((v) => v.url === url && v.page) ?? null,
    { timeoutMs: 40_000, throwOnTimeout: false });
  if (found) return found;
  const all = ((await readTable(s.ext, 'visits')) as VisitRow[]).map((v) => `${v.url} page=${JSON.stringify(v.page?.page)} inventory=${!!v.inventory}`);
  throw new Error(`no visit ${url} with a page type; visits:\n${all.join('\n')}`);
}
const findingsOf = async (step: Step) => ((await readTable(s.ext, 'findings')) as FindingRow[]).filter((f) => f.visitId === visits[step].id);
const waitForFindings = (step: Step, categories: string[]) =>
  waitFor(async () => {
    const all = await findingsOf(step);
    return categories.every((c) => all.some((f) => f.dataCategory === c)) ? all : null;
  }, { timeoutMs: 20_000, message: `${categories.join(', ')} findings on ${step}` });
const seedValues = async (kind: string) => (await readSeeds(s.ext)).filter((x) => x.kind === kind).map((x) => x.value);

async function open(step: Step) {
  await page.goto(PAGES[step], { waitUntil: 'load' });
  await settleFixtures(page);
}
async function typeCustomer(fields: [string, string][]) {
  for (const [selector, text] of fields) {
    await page.click(selector);
    await page.keyboard.type(text, { delay: 15 });
  }
  await page.waitForTimeout(600); // the chatbot's debounce
  await settleFixtures(page);
}

beforeAll(async () => {
  s = await startSession();
  page = await s.ctx.newPage();
  await open('search');
  visits.search = (await visitOf(PAGES.search))!;

  await open('product');
  productMarkup = await page.content();
  await page.click('button.single_add_to_cart_button');
  await settleFixtures(page);
  // @ts-expect-error -- fixture bookkeeping global
  addToCart = await page.evaluate(() => ({ status: window.__fx.addItemStatus, badge: document.querySelector('.wc-block-mini-cart__badge')?.textContent }));
  visits.product = (await visitOf(PAGES.product))!;

  await open('cart');
  visits.cart = (await visitOf(PAGES.cart))!;

  await open('classic');
  await page.click('#consent-decline');
  await page.waitForTimeout(500);
  await typeCustomer([['#billing_first_name', CLASSIC.first], ['#billing_last_name', CLASSIC.last], ['#billing_email', CLASSIC.email]]);
  visits.classic = (await visitOf(PAGES.classic))!;

  await open('block');
  await page.click('#consent-accept');
  await page.waitForTimeout(500);
  await typeCustomer([['#email', BLOCK.email], ['#billing-first_name', BLOCK.first], ['#billing-last_name', BLOCK.last]]);
  visits.block = (await visitOf(PAGES.block))!;

  await open('received');
  visits.received = (await visitOf(PAGES.received))!;
  await open('account');
  visits.account = (await visitOf(PAGES.account))!;
  await open('admin');
  visits.admin = (await visitOf(PAGES.admin))!;
}, 180_000);

afterAll(async () => {
  await s?.close();
});

describe('store walk (Chromium)', () => {
  it.each([
    ['search', { kind: 'product-search' }],
    ['product', { kind: 'product' }],
    ['cart', { kind: 'cart', variant: 'classic' }],
    ['classic', { kind: 'checkout', variant: 'classic' }],
    ['block', { kind: 'checkout', variant: 'block' }],
    ['received', { kind: 'order-received' }],
    ['account', { kind: 'my-account', endpoint: 'dashboard' }],
    ['admin', { kind: 'wp-admin', admin: { screen: 'order-edit', storage: 'hpos' } }],
  ] as const)('the %s visit has the page type %j, from the page itself', (step, type) => {
    expect(visits[step].page).toMatchObject({ page: type, isWooCommerce: true });
  });

  it('nothing was submitted: the walk ends where it was sent, and both checkouts stayed put', () => {
    expect(page.url()).toBe(PAGES.admin);
    expect(visits.classic.url).toBe(PAGES.classic);
  });

  it('the search term is a seed, and the shop assistant sending it is a search finding from its plugin', async () => {
    // The seed comes from the harvester, injected once the page has loaded: the request it finds is usually
    // analysed again once the seed arrives. On failure, say what the visit had.
    const found = await waitForFindings('search', ['search-query']).catch(async (e: Error) => {
      const requests = ((await readTable(s.ext, 'requests')) as RequestRow[]).filter((r) => r.visitId === visits.search.id);
      throw new Error(`${e.message}; seeds: ${JSON.stringify(await seedValues('search-query'))}; findings: ${(await findingsOf('search')).map((f) => f.dataCategory).join()}; requests: ${requests.map((r) => `${r.seenBy} ${r.method} ${r.url.slice(0, 60)}`).join(' | ')}`);
    });
    const [f] = found!.filter((x) => x.dataCategory === 'search-query');
    expect(await seedValues('search-query')).toContain('trail sock');
    expect(f!.source.component).toMatchObject({ kind: 'plugin', slug: 'shop-assistant', version: '2.4.1', how: 'stack' });
  });

  it('the page\'s own add-to-cart still worked: its .json() read the whole Store API answer', () => {
    expect(addToCart).toEqual({ status: 201, badge: '2' });
  });

  it('the cart item\'s SKU, only in the add-item JSON answer, is a seed and its leak is a cart finding', async () => {
    expect(productMarkup).not.toContain(SKU);
    expect(productMarkup).not.toContain('Merino Trail Sock (Moss)');
    expect(await seedValues('cart-sku')).toContain(SKU);
    expect(await seedValues('cart-item-name')).toContain('Merino Trail Sock (Moss)');
    const all = (await waitForFindings('product', ['cart-sku', 'cart-item-name']))!;
    for (const category of ['cart-sku', 'cart-item-name']) {
      const f = all.find((x) => x.dataCategory === category)!;
      expect(f).toMatchObject({ destination: { host: 'api.anthropic.com' }, consent: { cmp: 'cookiebot', state: 'not-yet-asked' } });
      expect(f.source.component).toMatchObject({ kind: 'plugin', slug: 'shop-assistant', version: '2.4.1' });
    }
  });

  it.each([
    ['classic', CLASSIC, 'refused'],
    ['block', BLOCK, 'given'],
  ] as const)('the %s checkout: what was typed is a seed and the chatbot sending it is a profile leak, with the consent given in a globals-only banner (%s)', async (step, who, consent) => {
    expect(await seedValues('email')).toContain(who.email);
    expect(await seedValues('full-name')).toContain(`${who.first} ${who.last}`);
    const all = (await waitForFindings(step, ['email', 'full-name']))!;
    for (const category of ['email', 'full-name']) {
      const f = all.find((x) => x.dataCategory === category)!;
      expect(f).toMatchObject({ severity: 'critical', destination: { host: 'api.mistral.ai' }, consent: { cmp: 'cookiebot', state: consent } });
      expect(f.source.component).toMatchObject({ kind: 'plugin', slug: 'chatbot-pro', version: '1.8.0', how: 'stack' });
    }
  });

  it('my-account: the logged-in customer printed into the page is a seed, and the chatbot sending it is a profile leak', async () => {
    expect(await seedValues('email')).toContain('ingrid.halvorsen@example.net');
    const f = (await waitForFindings('account', ['email']))!.find((x) => x.dataCategory === 'email')!;
    expect(f).toMatchObject({ destination: { host: 'api.mistral.ai' }, consent: { cmp: null, state: 'no-cmp' } });
    expect(f.source.component).toMatchObject({ slug: 'chatbot-pro', version: '1.8.0' });
  });

  it('wp-admin: the customer on the HPOS order screen is a seed, and the admin plugin sending it is a profile leak', async () => {
    expect(await seedValues('email')).toContain('mateo.rios@example.com');
    const f = (await waitForFindings('admin', ['email']))!.find((x) => x.dataCategory === 'email')!;
    expect(f).toMatchObject({ destination: { host: 'api.openai.com' } });
    expect(f.source.component).toMatchObject({ kind: 'plugin', slug: 'ai-order-summary', version: '0.9.3', how: 'stack' });
  });

  it.each([
    ['search', [['shop-assistant', '2.4.1'], ['cookiebot', '4.6.5'], ['woocommerce', '10.3.0']]],
    ['product', [['shop-assistant', '2.4.1'], ['cookiebot', '4.6.5'], ['woocommerce', '10.3.0']]],
    ['classic', [['chatbot-pro', '1.8.0'], ['cookiebot', '4.6.5']]],
    ['block', [['chatbot-pro', '1.8.0'], ['cookiebot', '4.6.5']]],
    ['account', [['chatbot-pro', '1.8.0']]],
    ['admin', [['ai-order-summary', '0.9.3']]],
  // Each inventory on its own page's visit: the background matches the report to the document that
  // sent it (documentId), not to the visit showing when it arrived, so a busy walk cannot swap them.
  ] as const)('the %s inventory names each fixture plugin with its version', async (step, plugins) => {
    const visit = await waitFor(async () => ((await readTable(s.ext, 'visits')) as VisitRow[]).find((v) => v.id === visits[step].id && v.inventory) ?? null,
      { timeoutMs: 20_000, message: `inventory of the ${step} visit` });
    for (const [slug, version] of plugins)
      expect(visit!.inventory?.components).toContainEqual(expect.objectContaining({ kind: 'plugin', slug, version }));
  });

  it('no finding holds a raw customer value', async () => {
    const text = JSON.stringify(await readTable(s.ext, 'findings'));
    for (const value of [CLASSIC.email, BLOCK.email, `${BLOCK.first} ${BLOCK.last}`, SKU, 'ingrid.halvorsen@example.net']) expect(text).not.toContain(value);
  });
});
