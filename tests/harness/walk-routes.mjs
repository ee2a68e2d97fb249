// Routes of the store walk (tests/e2e/store-walk.e2e.test.ts): its pages under /walk/ and in
// wp-admin, and the store's own Store API / ?wc-ajax= answers (JSON files in tests/fixtures/store-api).

/**
 * The fixture file (relative to tests/fixtures/store) for a walk page, or null.
 * @param {URL} url
 * @returns {string | null}
 */
export function walkFileFor(url) {
  const p = url.pathname;
  if (p === '/wp-admin/admin.php' && url.searchParams.get('page') === 'wc-orders' && url.searchParams.get('action') === 'edit') return 'pages/walk-admin-order.html';
  if (!p.startsWith('/walk/')) return null;
  if (p === '/walk/' && url.searchParams.has('s')) return 'pages/walk-search.html';
  if (/^\/walk\/product\/[a-z0-9-]+\/$/.test(p)) return 'pages/walk-product.html';
  if (/^\/walk\/checkout\/order-received\/\d+\/$/.test(p)) return 'pages/walk-order-received.html';
  const page = /^\/walk\/(cart|checkout|block-checkout|my-account)\/$/.exec(p)?.[1];
  return page ? `pages/walk-${page}.html` : null;
}

/**
 * The store's JSON answer to a Store API / wc-ajax call, or null: `{ status, file, headers }`.
 * @param {URL} url
 * @param {string} method
 * @returns {{ status: number, file: string, headers: Record<string, string> } | null}
 */
export function storeApiFor(url, method) {
  const headers = { 'content-type': 'application/json; charset=UTF-8', nonce: 'f2a9c41d07', 'nonce-timestamp': '1780000000', 'cache-control': 'no-store' };
  if (url.pathname === '/wp-json/wc/store/v1/cart/add-item' && method === 'POST') return { status: 201, file: 'cart-add-item.json', headers };
  if (url.pathname === '/' && url.searchParams.get('wc-ajax') === 'get_refreshed_fragments') return { status: 200, file: 'wc-ajax-fragments.json', headers };
  return null;
}
