import { describe, expect, it } from 'vitest';
import { classifyPage } from '@/utils/wc/classify-page';
import type { PageFacts } from '@/utils/wc/page-facts';
import type { AdminScreen, PageType } from '@/utils/wc/page-type';

// classifyPage over plain PageFacts: no DOM needed.

const SITE = 'https://shop.example.test';
const WOO = ['wp-theme-storefront', 'woocommerce-js'];

function facts(over: Partial<PageFacts>): PageFacts {
  return { url: `${SITE}/`, bodyClasses: [], globals: [], blockMarkers: [], forms: [], ...over };
}
const front = (bodyClasses: string[], over: Partial<PageFacts> = {}) => facts({ bodyClasses: [...WOO, ...bodyClasses], ...over });
const admin = (adminPage: string, bodyClasses: string[] = []) => facts({ url: `${SITE}/wp-admin/${adminPage}`, adminPage, bodyClasses: ['wp-admin', 'woocommerce-admin-page', ...bodyClasses] });

describe('storefront page types', () => {
  const cases: Array<[string, PageFacts, PageType]> = [
    ['a checkout page whose form variant is not visible yet is a checkout of unknown variant', front(['page', 'woocommerce-checkout', 'woocommerce-page']), { kind: 'checkout', variant: 'unknown' }],
    ['a classic checkout form at /classic-checkout/ is a classic checkout', front(['page'], { url: `${SITE}/classic-checkout/`, forms: ['form.checkout'] }), { kind: 'checkout', variant: 'classic' }],
    ['the order confirmation block on a page without the endpoint class is order-received', front(['page'], { blockMarkers: ['woocommerce/order-confirmation-status'] }), { kind: 'order-received' }],
    ['the order-pay endpoint is order-pay, not a checkout form', front(['woocommerce-checkout', 'woocommerce-order-pay']), { kind: 'order-pay' }],
    ['the logged-in account page without an endpoint class is the dashboard', front(['woocommerce-account', 'logged-in']), { kind: 'my-account', endpoint: 'dashboard' }],
    ['the orders endpoint class gives the orders endpoint', front(['woocommerce-account', 'woocommerce-orders']), { kind: 'my-account', endpoint: 'orders' }],
    ['the edit-address endpoint class gives edit-address', front(['woocommerce-account', 'woocommerce-edit-address']), { kind: 'my-account', endpoint: 'edit-address' }],
    ['the lost-password endpoint is an account endpoint', front(['woocommerce-account', 'woocommerce-lost-password'], { forms: ['form.lost_reset_password'] }), { kind: 'my-account', endpoint: 'lost-password' }],
    ['a WooCommerce login form on an ordinary page is login-register', front(['page'], { forms: ['form.woocommerce-form-login'] }), { kind: 'login-register' }],
    ['a brand archive is a product taxonomy archive', front(['archive', 'tax-product_brand', 'woocommerce']), { kind: 'product-category', taxonomy: 'product_brand' }],
    ['a search with the search class but no product marker is a generic search', front(['search', 'search-results'], { url: `${SITE}/?s=shipping` }), { kind: 'search' }],
    ['an ?s= query with post_type=product is a product search even without body classes', front([], { url: `${SITE}/?s=hoodie&post_type=product` }), { kind: 'product-search' }],
    ['a cart block on a page that is not the cart page is a block cart', front(['page'], { blockMarkers: ['woocommerce/cart', 'wp-block-woocommerce-cart'] }), { kind: 'cart', variant: 'block' }],
    ['the mini-cart block alone does not make a cart page', front(['home', 'blog'], { blockMarkers: ['wp-block-woocommerce-mini-cart', 'woocommerce/mini-cart'] }), { kind: 'wordpress-page' }],
    ['a WooCommerce store page at /checkout/ with no checkout markers is a WordPress page', front(['page', 'page-id-5'], { url: `${SITE}/checkout/` }), { kind: 'wordpress-page' }],
    ['a page at /product/x/ with no product markers is a WordPress page', front(['page'], { url: `${SITE}/product/x/` }), { kind: 'wordpress-page' }],
    ['the checkout script global decides when body classes were stripped', facts({ generator: 'WooCommerce 9.0.0', globals: ['wc_checkout_params'] }), { kind: 'checkout', variant: 'unknown' }],
  ];
  it.each(cases)('%s', (_name, input, page) => {
    expect(classifyPage(input).page).toEqual(page);
  });
});

describe('wp-admin screens', () => {
  const cases: Array<[string, PageFacts, AdminScreen]> = [
    ['the HPOS orders list', admin('admin.php?page=wc-orders'), { screen: 'orders-list', storage: 'hpos', slug: 'wc-orders' }],
    ['an HPOS order edit screen', admin('admin.php?page=wc-orders&action=edit&id=40'), { screen: 'order-edit', storage: 'hpos', slug: 'wc-orders' }],
    ['an HPOS new order screen', admin('admin.php?page=wc-orders&action=new'), { screen: 'order-edit', storage: 'hpos', slug: 'wc-orders' }],
    ['the legacy orders list', admin('edit.php?post_type=shop_order'), { screen: 'orders-list', storage: 'legacy' }],
    ['a legacy order edit screen, known from the post-type body class', admin('post.php?post=40&action=edit', ['post-type-shop_order']), { screen: 'order-edit', storage: 'legacy' }],
    ['a legacy new order screen', admin('post-new.php?post_type=shop_order'), { screen: 'order-edit', storage: 'legacy' }],
    ['the wc-admin customers report', admin('admin.php?page=wc-admin&path=%2Fcustomers'), { screen: 'customers', slug: 'wc-admin' }],
    ['a wc-admin analytics report', admin('admin.php?page=wc-admin&path=%2Fanalytics%2Frevenue'), { screen: 'analytics', slug: 'wc-admin' }],
    ['the wc-admin home', admin('admin.php?page=wc-admin'), { screen: 'wc-admin', slug: 'wc-admin' }],
    ['the products list', admin('edit.php?post_type=product'), { screen: 'products' }],
    ['a product edit screen', admin('post.php?post=31&action=edit', ['post-type-product']), { screen: 'product-edit' }],
    ['the WooCommerce settings', admin('admin.php?page=wc-settings&tab=checkout'), { screen: 'settings', slug: 'wc-settings' }],
    ['a plugin settings page under admin.php', admin('admin.php?page=ai-engine-settings'), { screen: 'plugin-settings', slug: 'ai-engine-settings' }],
    ['a plugin settings page under options-general.php', admin('options-general.php?page=cookie-notice'), { screen: 'plugin-settings', slug: 'cookie-notice' }],
    ['a post edit screen', admin('post.php?post=2&action=edit', ['post-type-post']), { screen: 'other' }],
    ['the dashboard', admin('index.php'), { screen: 'other' }],
  ];
  it.each(cases)('recognises %s', (_name, input, screen) => {
    expect(classifyPage(input).page).toEqual({ kind: 'wp-admin', admin: screen });
  });

  it('reads the screen from the URL when the extractor gave no adminPage', () => {
    const input = facts({ url: `${SITE}/wp-admin/admin.php?page=wc-orders&action=edit&id=7`, bodyClasses: ['wp-admin'] });
    expect(classifyPage(input).page).toEqual({ kind: 'wp-admin', admin: { screen: 'order-edit', storage: 'hpos', slug: 'wc-orders' } });
  });
});

describe('is this WooCommerce', () => {
  it('records the generator version and the strong and weak evidence', () => {
    const result = classifyPage(front(['woocommerce-cart'], { generator: 'WordPress 6.8.3; WooCommerce 10.0.2', globals: ['woocommerce_params', 'jQuery'] }));
    expect(result).toMatchObject({ isWordPress: true, isWooCommerce: true, wcVersion: '10.0.2' });
    expect(result.evidence).toEqual(['generator:WooCommerce 10.0.2', 'body:woocommerce-js', 'body:woocommerce-cart', 'global:woocommerce_params']);
  });

  it('prefers the generator version over one found in scripts', () => {
    expect(classifyPage(front([], { generator: 'WooCommerce 10.0.2', wcVersion: '9.0.0' })).wcVersion).toBe('10.0.2');
  });

  it('ignores a version that is not a version number', () => {
    expect(classifyPage(front([], { wcVersion: '10.0.2<script>' })).wcVersion).toBeUndefined();
  });

  it('accepts weak markers alone only on a WordPress page', () => {
    const wp = facts({ generator: 'WordPress 6.8.3', globals: ['woocommerce_params'] });
    expect(classifyPage(wp)).toMatchObject({ isWooCommerce: true, evidence: ['global:woocommerce_params'] });
    const elsewhere = facts({ bodyClasses: ['woocommerce', 'woocommerce-page'], globals: ['woocommerce_params', 'wcSettings'], forms: ['form.checkout'], wcVersion: '9.9.9' });
    expect(classifyPage(elsewhere)).toEqual({ page: { kind: 'not-wordpress' }, isWordPress: false, isWooCommerce: false, evidence: [], pageEvidence: [] });
  });

  it('calls a plain non-WordPress page with an ?s= query not WordPress', () => {
    expect(classifyPage(facts({ url: `${SITE}/?s=x`, bodyClasses: ['search'] })).page).toEqual({ kind: 'not-wordpress' });
  });

  it('classifies a generic search on WordPress without WooCommerce as search', () => {
    expect(classifyPage(facts({ url: `${SITE}/?s=x&post_type=product`, bodyClasses: ['search', 'wp-theme-twentytwentyfive'] })).page).toEqual({ kind: 'search' });
  });
});
