import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { classifyPage } from '@/utils/wc/classify-page';
import { extractPageFacts } from '@/utils/wc/extract-page-facts';
import type { PageType } from '@/utils/wc/page-type';

// The project's own small page fixtures (tests/fixtures/pages), parsed with linkedom, extracted and
// classified. URLs are deliberately unhelpful: page type never comes from the path.

const DIR = join(__dirname, '../fixtures/pages');
const SITE = 'https://shop.example.test';

function classifyFixture(file: string, path: string) {
  const { document } = parseHTML(readFileSync(join(DIR, file), 'utf8'));
  return classifyPage(extractPageFacts(document as unknown as Document, { url: SITE + path }));
}

const cases: Array<[string, string, string, PageType, string]> = [
  ['the shop archive', 'wc-shop.html', '/store-front/', { kind: 'shop' }, 'woocommerce-shop'],
  ['a product category archive', 'wc-product-category.html', '/whatever/', { kind: 'product-category', taxonomy: 'product_cat' }, 'tax-product_cat'],
  ['a product tag archive', 'wc-product-tag.html', '/whatever/', { kind: 'product-tag' }, 'tax-product_tag'],
  ['a single product', 'wc-product.html', '/item/31/', { kind: 'product' }, 'single-product'],
  ['a product search', 'wc-product-search.html', '/?s=hoodie&post_type=product', { kind: 'product-search' }, 'search'],
  ['a generic site search on a WooCommerce store', 'wc-generic-search.html', '/?s=return+policy', { kind: 'search' }, 'search'],
  ['the classic shortcode cart', 'wc-cart-classic.html', '/basket/', { kind: 'cart', variant: 'classic' }, 'woocommerce-cart'],
  ['the Cart block, despite the mini-cart block in the header', 'wc-cart-block.html', '/cart/', { kind: 'cart', variant: 'block' }, 'woocommerce-cart'],
  ['a classic checkout at an odd path, with the hidden login form it carries', 'wc-checkout-classic-odd-path.html', '/classic-checkout/', { kind: 'checkout', variant: 'classic' }, 'woocommerce-checkout'],
  ['the Checkout block', 'wc-checkout-block.html', '/checkout/', { kind: 'checkout', variant: 'block' }, 'woocommerce-checkout'],
  ['the order-received endpoint', 'wc-order-received.html', '/checkout/order-received/40/?key=wc_order_x', { kind: 'order-received' }, 'woocommerce-order-received'],
  ['the logged-out account page with login and registration forms', 'wc-account-login.html', '/my-account/', { kind: 'login-register' }, 'woocommerce-account'],
  ['the view-order account endpoint', 'wc-account-view-order.html', '/konto/bestellung/40/', { kind: 'my-account', endpoint: 'view-order' }, 'woocommerce-view-order'],
  ['the edit-account account endpoint', 'wc-account-edit-account.html', '/my-account/', { kind: 'my-account', endpoint: 'edit-account' }, 'woocommerce-edit-account'],
  ['the legacy (posts) orders list in wp-admin', 'wc-admin-orders-legacy.html', '/wp-admin/edit.php?post_type=shop_order', { kind: 'wp-admin', admin: { screen: 'orders-list', storage: 'legacy' } }, 'wp-admin'],
];

describe('page fixtures of the project', () => {
  it.each(cases)('classifies %s from body classes, forms and blocks', (_name, file, path, page, bodyClass) => {
    const result = classifyFixture(file, path);
    expect(result.page).toEqual(page);
    expect(result.isWooCommerce).toBe(true);
    expect([...result.evidence, ...result.pageEvidence]).toContain(`body:${bodyClass}`);
  });

  it('finds the WooCommerce version in the generator tag and in URL-encoded wcSettings', () => {
    expect(classifyFixture('wc-shop.html', '/').wcVersion).toBe('9.9.1');
    expect(classifyFixture('wc-admin-orders-legacy.html', '/wp-admin/edit.php?post_type=shop_order').wcVersion).toBe('9.9.1');
  });

  it('recognises a Checkout block placed on a page that is not the checkout page', () => {
    const result = classifyFixture('wc-checkout-block-elsewhere.html', '/express/');
    expect(result.page).toEqual({ kind: 'checkout', variant: 'block' });
    expect(result.pageEvidence).toEqual(['block:wp-block-woocommerce-checkout']);
  });

  it('falls back to the product script global and asset version when a theme strips body classes', () => {
    const result = classifyFixture('wc-stripped-classes-product.html', '/p/');
    expect(result).toMatchObject({ page: { kind: 'product' }, isWooCommerce: true, wcVersion: '9.9.1', pageEvidence: ['global:wc_single_product_params'] });
  });

  it('calls a WordPress page without WooCommerce a WordPress page, even at /checkout/', () => {
    const result = classifyFixture('wp-page.html', '/checkout/');
    expect(result).toMatchObject({ page: { kind: 'wordpress-page' }, isWordPress: true, isWooCommerce: false, evidence: [] });
    expect(result.wcVersion).toBeUndefined();
  });

  it('does not believe fake WooCommerce globals, classes and forms on a page with no WordPress evidence', () => {
    const result = classifyFixture('not-wp-fake-globals.html', '/checkout/?s=x');
    expect(result).toMatchObject({ page: { kind: 'not-wordpress' }, isWordPress: false, isWooCommerce: false, evidence: [] });
    expect(result.wcVersion).toBeUndefined();
  });
});
