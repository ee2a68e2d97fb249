import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { adminPageOf, extractPageFacts } from '@/utils/wc/extract-page-facts';
import { declaredGlobals, wcVersionInAssetUrl, wcVersionInScript } from '@/utils/wc/inline-scripts';

// extractPageFacts on linkedom documents, and the string scans it uses for inline scripts.

const parse = (html: string) => parseHTML(html).document as unknown as Document;
const fixture = (file: string) => parse(readFileSync(join(__dirname, '../fixtures/pages', file), 'utf8'));

describe('inline script scans', () => {
  it.each([
    ['var wc_checkout_params = {"a":1};', ['wc_checkout_params']],
    ['var wcSettings = wcSettings || JSON.parse("{}"); let x=1; const y = 2;', ['wcSettings', 'x', 'y']],
    ['window.aiChatConfig = {}; window["botToken"] = "t"; if (window.a == 1) {}', ['aiChatConfig', 'botToken']],
    ['(function(){var inner = 1;})()', ['inner']],
    ['no declarations here', []],
  ])('finds the declared names in %s', (text, names) => {
    expect(declaredGlobals(text)).toEqual(names);
  });

  it('caps how many names it returns', () => {
    const text = Array.from({ length: 500 }, (_, i) => `var g${i} = ${i};`).join('');
    expect(declaredGlobals(text, 50)).toHaveLength(50);
  });

  it.each([
    ['plain JSON', '{"wcVersion":"10.0.2"}', '10.0.2'],
    ['JSON inside a JS string', '"{\\"wcVersion\\":\\"9.8.1\\"}"', '9.8.1'],
    ['URL-encoded JSON', "decodeURIComponent('%7B%22wcVersion%22%3A%2210.0.2%22%7D')", '10.0.2'],
    ['a script without it', 'var x = 1;', undefined],
  ])('reads wcVersion from %s', (_name, text, version) => {
    expect(wcVersionInScript(text)).toBe(version);
  });

  it.each([
    ['/wp-content/plugins/woocommerce/assets/js/frontend/woocommerce.min.js?ver=10.0.2', '10.0.2'],
    ['https://c0.wp.com/p/woocommerce/10.0.2/assets/js/frontend/cart.min.js?foo=1&ver=10.0.2', '10.0.2'],
    ['/wp-content/plugins/woocommerce/assets/js/jquery-blockui/jquery.blockUI.min.js?ver=2.7.0-wc.10.0.2', undefined],
    ['/wp-content/plugins/other/assets/js/frontend/x.js?ver=1.2.3', undefined],
  ])('reads the WooCommerce version from the asset URL %s only when it is a WooCommerce front-end asset', (src, version) => {
    expect(wcVersionInAssetUrl(src)).toBe(version);
  });
});

describe('extractPageFacts', () => {
  it('extracts body classes, generator, globals, forms and the version from a classic checkout', () => {
    const facts = extractPageFacts(fixture('wc-checkout-classic-odd-path.html'), { url: 'https://s.test/classic-checkout/' });
    expect(facts).toMatchObject({
      url: 'https://s.test/classic-checkout/',
      generator: 'WordPress 6.8.3; WooCommerce 9.9.1',
      globals: ['woocommerce_params', 'wc_checkout_params'],
      forms: ['form.woocommerce-form-login', 'form.login', 'form.checkout', 'form.woocommerce-checkout', 'form[name=checkout]'],
      blockMarkers: [],
    });
    expect(facts.bodyClasses).toContain('woocommerce-checkout');
    expect(facts.adminPage).toBeUndefined();
  });

  it('lists exact block class names and data-block-name values, so the mini-cart is not the cart', () => {
    const facts = extractPageFacts(fixture('wc-cart-block.html'), { url: 'https://s.test/cart/' });
    expect(facts.blockMarkers).toEqual(['woocommerce/mini-cart', 'wp-block-woocommerce-mini-cart', 'woocommerce/cart', 'wp-block-woocommerce-cart', 'wp-block-woocommerce-filled-cart-block']);
  });

  it('reads the version from URL-encoded wcSettings and merges globals seen by the page hook', () => {
    const facts = extractPageFacts(fixture('wc-checkout-block.html'), { url: 'https://s.test/checkout/', globals: ['wcBlocksMiddlewareConfig'] });
    expect(facts.wcVersion).toBe('9.9.1');
    expect(facts.globals).toEqual(['wcBlocksMiddlewareConfig', 'woocommerce_params', 'wcSettings']);
  });

  it('reads globals only from JavaScript scripts, not from JSON or speculation rules', () => {
    const doc = parse('<html><body><script type="application/ld+json">{"a":"var fake = 1"}</script><script type="module">window.real = 1;</script></body></html>');
    expect(extractPageFacts(doc, { url: 'https://x.test/' }).globals).toEqual(['real']);
  });

  it('describes the wp-admin screen by file and the screen parameters only', () => {
    expect(adminPageOf('https://s.test/wp-admin/admin.php?page=wc-orders&action=edit&id=40&_wpnonce=abc')).toBe('admin.php?page=wc-orders&action=edit&id=40');
    expect(adminPageOf('https://s.test/wp-admin/')).toBe('index.php');
    expect(adminPageOf('https://s.test/shop/?page=2')).toBeUndefined();
    expect(adminPageOf('not a url')).toBeUndefined();
  });

  it('returns empty facts for a document without a body or anything WordPress', () => {
    const facts = extractPageFacts(parse('<html><head></head></html>'), { url: 'https://x.test/' });
    expect(facts).toMatchObject({ bodyClasses: [], globals: [], blockMarkers: [], forms: [], scriptSrcs: [] });
    expect(facts.generator).toBeUndefined();
  });

  it('stays bounded on a hostile page with thousands of forms, scripts and block elements', () => {
    const forms = '<form class="checkout login register"></form>'.repeat(5000);
    const scripts = Array.from({ length: 2000 }, (_, i) => `<script>var v${i} = 1;</script><script src="/s${i}.js"></script>`).join('');
    const blocks = Array.from({ length: 3000 }, (_, i) => `<div class="wp-block-woocommerce-x${i}" data-block-name="woocommerce/x${i}"></div>`).join('');
    const huge = `<script>${'x'.repeat(3_000_000)} var late = 1;</script>`;
    const doc = parse(`<html><body class="${'c '.repeat(5000)}">${huge}${forms}${scripts}${blocks}</body></html>`);
    const facts = extractPageFacts(doc, { url: 'https://x.test/' });
    expect(facts.bodyClasses.length).toBeLessThanOrEqual(200);
    expect(facts.globals.length).toBeLessThanOrEqual(300);
    expect(facts.globals).not.toContain('late');
    expect(facts.scriptSrcs!.length).toBeLessThanOrEqual(200);
    expect(facts.blockMarkers.length).toBeLessThanOrEqual(121);
    expect(facts.forms).toEqual(['form.checkout', 'form.login', 'form.register']);
  });
});
