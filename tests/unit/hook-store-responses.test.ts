import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { parsePageFact, type HookStoreResponse } from '@/utils/hook-event';
import { captureBuiltins } from '@/utils/hook/builtins';
import { installHook } from '@/utils/hook/install';
import { storeEndpoint } from '@/utils/hook/store-endpoint';

// The hook copies the page's own Store API / ?wc-ajax= answers from a clone: the page still reads
// the whole body, with the same status and headers, and its own .json() works.

const ORIGIN = 'http://store.test';
const GLOBALS = ['crypto', 'TextEncoder', 'TextDecoder', 'URL', 'URLSearchParams', 'CustomEvent', 'Event', 'EventTarget', 'Blob', 'File',
  'ReadableStream', 'ReadableStreamDefaultReader', 'Request', 'Response', 'Headers', 'FormData', 'btoa', 'setTimeout', 'queueMicrotask'];
const CART = readFileSync(join(__dirname, '../fixtures/store-api/cart-add-item.json'), 'utf8');

function setup(members: Record<string, unknown>, cap: number | null = 1000, otherStoreHosts = false) {
  const win: Record<string, unknown> = { location: { href: `${ORIGIN}/shop/` }, origin: ORIGIN, document: new EventTarget() };
  for (const name of GLOBALS) win[name] = (globalThis as Record<string, unknown>)[name];
  Object.assign(win, members);
  const events: { type: string }[] = [];
  installHook(win, { emit: (e) => events.push(e as { type: string }), bodyCap: () => cap, otherStoreHosts: () => otherStoreHosts });
  const responses = () => events.filter((e): e is HookStoreResponse => e.type === 'store-response');
  const settle = () => new Promise((r) => setTimeout(r, 30));
  return { win: win as Record<string, any>, events, responses, settle };
}

const answer = (body: string, init: ResponseInit = {}) => async () => new Response(body, { status: 201, headers: { 'content-type': 'application/json; charset=utf-8', nonce: 'a1b2' }, ...init });

describe('Store API responses read from a clone', () => {
  it('leaves the page its whole response: same status and headers, and its own .json() works', async () => {
    const { win, responses, settle } = setup({ fetch: answer(CART) });
    const res: Response = await win.fetch('/wp-json/wc/store/v1/cart/add-item', { method: 'POST', body: '{"id":4172,"quantity":2}' });
    expect(res.bodyUsed).toBe(false);
    expect([res.status, res.headers.get('nonce'), res.headers.get('content-type')]).toEqual([201, 'a1b2', 'application/json; charset=utf-8']);
    expect(await res.json()).toEqual(JSON.parse(CART));
    await settle();
    const [copy] = responses();
    expect(copy).toMatchObject({ type: 'store-response', endpoint: 'store-api', status: 201, url: `${ORIGIN}/wp-json/wc/store/v1/cart/add-item`, text: CART });
    expect(parsePageFact(copy)).not.toBeNull();
  });

  it('lets the page read a large body to the end while the copy is read', async () => {
    const big = JSON.stringify({ items: Array.from({ length: 3000 }, (_, i) => ({ id: i, name: `Item number ${i}`, sku: `SKU-${i}` })) });
    const { win, responses, settle } = setup({ fetch: answer(big) });
    const res: Response = await win.fetch(`${ORIGIN}/wp-json/wc/store/v1/cart`);
    expect(await res.text()).toBe(big);
    await settle();
    expect(responses()[0]!.text).toBe(big);
  });

  it('copies nothing of a body over the 512 KB cap, and the page still reads all of it', async () => {
    const huge = JSON.stringify({ items: [], pad: 'x'.repeat(600 * 1024) });
    const { win, responses, settle } = setup({ fetch: answer(huge) });
    const res: Response = await win.fetch('/wp-json/wc/store/v1/cart');
    await settle();
    expect((await res.text()).length).toBe(huge.length);
    expect(responses()).toEqual([]);
  });

  it.each([
    ['another origin\'s look-alike Store API', 'https://evil.test/wp-json/wc/store/v1/cart', 200],
    ['a route that is not the cart or checkout', '/wp-json/wc/store/v1/products?search=sock', 200],
    ['an error answer', '/wp-json/wc/store/v1/cart/add-item', 400],
    ['a wc-ajax event without cart data', '/?wc-ajax=get_variation', 200],
  ])('copies nothing for %s', async (_name, url, status) => {
    const { win, responses, settle } = setup({ fetch: answer(CART, { status }) });
    await (await win.fetch(url)).text();
    await settle();
    expect(responses()).toEqual([]);
  });

  it.each([
    ['copies', 'a store host\'s Store API answer when the relay says the store has other hosts', 'https://api.store.test/wp-json/wc/store/v1/cart', true, 1],
    ['copies', 'a store host\'s wc-ajax answer when the relay says the store has other hosts', 'https://api.store.test/?wc-ajax=get_refreshed_fragments', true, 1],
    ['copies nothing of', 'another origin\'s answer when the store has no other hosts', 'https://api.store.test/wp-json/wc/store/v1/cart', false, 0],
    ['copies nothing of', 'a route that is not the cart on another host, even with other hosts', 'https://api.store.test/wp-json/wc/store/v1/products', true, 0],
  ])('%s %s (the relay keeps only the store\'s own)', async (_verb, _name, url, otherHosts, copies) => {
    const { win, responses, settle } = setup({ fetch: answer(CART) }, 1000, otherHosts);
    await (await win.fetch(url)).json();
    await settle();
    expect(responses().map((r) => r.url)).toEqual(copies ? [url] : []);
  });

  it('copies nothing while the tab is not monitored', async () => {
    const { win, responses, settle } = setup({ fetch: answer(CART) }, null);
    await (await win.fetch('/wp-json/wc/store/v1/cart')).json();
    await settle();
    expect(responses()).toEqual([]);
  });

  it('returns the page\'s very promise, and a rejected one still rejects for the page', async () => {
    const failure = Promise.reject(new TypeError('Failed to fetch'));
    failure.catch(() => undefined);
    const { win, responses, settle } = setup({ fetch: () => failure });
    const result = win.fetch('/wp-json/wc/store/v1/cart');
    expect(result).toBe(failure);
    await expect(result).rejects.toThrow('Failed to fetch');
    await settle();
    expect(responses()).toEqual([]);
  });

  it('is not affected by a page replacing Response.prototype.clone and text after injection', async () => {
    const { win, responses, settle } = setup({ fetch: answer(CART) });
    const saved = { clone: Response.prototype.clone, getReader: ReadableStream.prototype.getReader };
    Response.prototype.clone = () => { throw new Error('page'); };
    try {
      await (await win.fetch('/?wc-ajax=add_to_cart', { method: 'POST', body: 'product_id=4172' })).text();
      await settle();
    } finally {
      Response.prototype.clone = saved.clone;
    }
    expect(responses()[0]).toMatchObject({ endpoint: 'wc-ajax', text: CART });
  });
});

describe('wc-ajax and Store API answers over XMLHttpRequest', () => {
  class FakeXHR extends EventTarget {
    #type = '';
    #text = '';
    #status = 0;
    open(_m: string, _u: string) {}
    setRequestHeader() {}
    get responseType() { return this.#type; }
    set responseType(t: string) { this.#type = t; }
    get responseText() { if (this.#type !== '' && this.#type !== 'text') throw new DOMException('wrong type', 'InvalidStateError'); return this.#text; }
    get response() { return this.#type === 'json' ? JSON.parse(this.#text) : this.#type === 'blob' ? new Blob([this.#text]) : this.#text; }
    get status() { return this.#status; }
    send() {
      setTimeout(() => {
        this.#status = 200;
        this.#text = CART;
        this.dispatchEvent(new Event('load'));
      }, 1);
    }
  }

  it.each([
    ['text', '', true],
    ['text', 'text', true],
    ['JSON', 'json', true],
    ['blob', 'blob', false],
  ])('reads a %s answer (responseType "%s") after load: %s', async (_name, type, copied) => {
    const { win, responses, settle } = setup({ XMLHttpRequest: FakeXHR });
    const xhr = new win.XMLHttpRequest();
    xhr.responseType = type;
    let pageSaw: unknown;
    xhr.addEventListener('load', () => (pageSaw = xhr.response));
    xhr.open('POST', '/?wc-ajax=get_refreshed_fragments');
    xhr.send('time=1');
    await vi.waitFor(() => expect(pageSaw).toBeDefined());
    await settle();
    expect(responses().length).toBe(copied ? 1 : 0);
    if (copied) expect(JSON.parse(responses()[0]!.text)).toEqual(JSON.parse(CART));
  });
});

describe('which URLs are the store\'s cart endpoints', () => {
  const B = captureBuiltins(globalThis as unknown as Record<string, unknown>);
  it.each([
    [`${ORIGIN}/wp-json/wc/store/v1/cart`, 'store-api'],
    [`${ORIGIN}/wp-json/wc/store/cart/update-item`, 'store-api'],
    [`${ORIGIN}/wp-json/wc/store/v1/batch?_locale=user`, 'store-api'],
    [`${ORIGIN}/wp-json/wc/store/v1/checkout`, 'store-api'],
    [`${ORIGIN}/?rest_route=/wc/store/v1/cart/add-item`, 'store-api'],
    [`${ORIGIN}/?rest_route=%2Fwc%2Fstore%2Fv1%2Fcart`, 'store-api'],
    [`${ORIGIN}/?wc-ajax=get_refreshed_fragments`, 'wc-ajax'],
    [`${ORIGIN}/shop/?wc-ajax=update_order_review&x=1`, 'wc-ajax'],
    [`${ORIGIN}/wp-json/wc/store/v1/cartography`, null],
    [`${ORIGIN}/wp-json/wc/store/v1/products`, null],
    [`${ORIGIN}/?wc-ajax=get_refreshed_fragments_x`, null],
    ['http://cdn.store.test/wp-json/wc/store/v1/cart', null],
  ])('%s → %s', (url, kind) => {
    expect(storeEndpoint(B, url, ORIGIN)).toBe(kind);
  });

  it.each([
    ['http://cdn.store.test/wp-json/wc/store/v1/cart', 'store-api'],
    ['https://api.store.test/?wc-ajax=apply_coupon', 'wc-ajax'],
    ['https://api.store.test/wp-json/wc/store/v1/products', null],
    ['ftp://api.store.test/wc/store/v1/cart', null],
  ])('with other store hosts, %s → %s on any http(s) origin', (url, kind) => {
    expect(storeEndpoint(B, url, ORIGIN, true)).toBe(kind);
  });
});
