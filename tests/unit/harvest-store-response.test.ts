import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import type { Seed } from '@/utils/detect/types';
import { readPreloadedCustomer } from '@/utils/harvest/preloaded-cart';
import { storePrice } from '@/utils/harvest/store-cart';
import { storeResponseSeeds } from '@/utils/harvest/store-response';

// The page's own Store API and ?wc-ajax= answers (as the hook copies them) → cart and customer seeds.

const fixture = (name: string) => readFileSync(join(__dirname, '../fixtures/store-api', name), 'utf8');
const parseHtml = (html: string) => parseHTML(`<!doctype html><html><body>${html}</body></html>`).document;
const pairs = (seeds: Seed[]) => seeds.map((s) => `${s.kind}=${s.value}`);

describe('Store API and wc-ajax responses as seeds', () => {
  it.each([
    ['an add-item answer (a guest cart: empty addresses give no profile seeds)', 'store-api', 'cart-add-item.json',
      ['cart-item-name=Merino Trail Sock (Moss)', 'cart-sku=FO-SOCK-MOSS-42', 'cart-product-id=4172', 'cart-quantity=2', 'cart-price=14.50']],
    ['a logged-in customer\'s cart with billing and shipping addresses', 'store-api', 'cart-logged-in.json',
      ['cart-item-name=Harbour Rain Jacket', 'cart-sku=FO-JKT-HRB-M', 'cart-product-id=15', 'cart-quantity=1', 'cart-price=129.00',
        'email=ingrid.halvorsen@example.net', 'first-name=Ingrid', 'last-name=Halvorsen', 'phone=+47 55 12 34 56', 'street=Strandgata 14',
        'city=Bergen', 'postcode=5013', 'company=Fjordline AS', 'full-name=Ingrid Halvorsen']],
    ['a batch answer, whose failed sub-request is skipped', 'store-api', 'batch.json',
      ['cart-item-name=Enamel Camp Mug', 'cart-sku=FO-MUG-01', 'cart-product-id=77', 'cart-quantity=3', 'cart-price=9.00']],
    ['a checkout GET: the draft order\'s customer', 'store-api', 'checkout-get.json',
      ['email=mateo.rios@example.com', 'first-name=Mateo', 'last-name=Ríos', 'phone=612 345 678', 'street=Calle de Toledo 71',
        'city=Madrid', 'postcode=28005', 'full-name=Mateo Ríos']],
    ['get_refreshed_fragments: the mini-cart HTML fragment', 'wc-ajax', 'wc-ajax-fragments.json',
      ['cart-item-name=Waxed Canvas Tote', 'cart-sku=FO-TOTE-WAX', 'cart-product-id=212']],
    ['update_order_review: the review table fragment, without the "× 2"', 'wc-ajax', 'wc-ajax-order-review.json',
      ['cart-item-name=Linen Apron (Rust)']],
  ] as const)('reads %s', (_name, endpoint, file, expected) => {
    expect(pairs(storeResponseSeeds(endpoint, fixture(file), parseHtml))).toEqual(expected);
  });

  it.each([
    ['text that is not JSON', 'store-api', '<html>Error establishing a database connection</html>'],
    ['a Store API error object', 'store-api', '{"code":"woocommerce_rest_missing_nonce","message":"Missing the Nonce header.","data":{"status":401}}'],
    ['items that are not objects', 'store-api', '{"items":[null,1,"x",{"name":""}]}'],
    ['fragments without a parser (no DOM available)', 'wc-ajax', fixture('wc-ajax-fragments.json')],
    ['a JSON array', 'store-api', '[1,2,3]'],
  ] as const)('gives no seeds for %s', (_name, endpoint, text) => {
    expect(storeResponseSeeds(endpoint, text, _name.includes('parser') ? undefined : parseHtml)).toEqual([]);
  });

  it('keeps customer seeds apart from the page\'s cart seeds by shopper id', () => {
    const seeds = storeResponseSeeds('store-api', fixture('cart-logged-in.json'));
    expect(new Set(seeds.filter((s) => s.kind.startsWith('cart-')).map((s) => s.shopperId))).toEqual(new Set(['page']));
    expect(new Set(seeds.filter((s) => !s.kind.startsWith('cart-')).map((s) => s.shopperId))).toEqual(new Set(['customer']));
  });

  it('stops at 100 items and 25 batch answers on a hostile response', () => {
    const items = Array.from({ length: 1000 }, (_, i) => ({ id: i, name: `Item ${i}` }));
    expect(storeResponseSeeds('store-api', JSON.stringify({ items })).length).toBe(200);
    const responses = Array.from({ length: 100 }, (_, i) => ({ body: { items: [{ name: `B${i}` }] } }));
    expect(storeResponseSeeds('store-api', JSON.stringify({ responses })).length).toBe(25);
  });

  it.each([
    [{ price: '1800', currency_minor_unit: 2 }, '18.00'],
    [{ price: '5', currency_minor_unit: 2 }, '0.05'],
    [{ price: '1500', currency_minor_unit: 0 }, '1500'],
    [{ price: '12345', currency_minor_unit: 3 }, '12.345'],
    [{ price: '-1', currency_minor_unit: 2 }, undefined],
    [{ price: 18 }, undefined],
  ])('formats the Store API price %j as %s', (prices, expected) => {
    expect(storePrice(prices)).toBe(expected);
  });

  it('reads the logged-in customer the Checkout block preloads with the cart (WordPress escapes "/" as "\\/")', () => {
    const preload = `wp.apiFetch.use( wp.apiFetch.createPreloadingMiddleware( JSON.parse( decodeURIComponent( '${encodeURIComponent(JSON.stringify({ '/wc/store/v1/cart': { body: JSON.parse(fixture('cart-logged-in.json')) } }).replace(/\//g, '\\/'))}' ) ) ) );`;
    expect(pairs(readPreloadedCustomer([preload]))).toContain('email=ingrid.halvorsen@example.net');
  });
});
