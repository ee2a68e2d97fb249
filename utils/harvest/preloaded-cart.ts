import type { CartItem } from './cart-items';

// The Cart and Checkout blocks preload the page's own Store API cart into an inline script as
// `decodeURIComponent('…')` of `{"/wc/store/v1/cart": {body: {items: […]}}}`: names, SKUs, ids.

const PRELOAD = /decodeURIComponent\(\s*'(%7B%22%5C%2Fwc%5C%2Fstore%5C%2Fv1%5C%2Fcart[^']{0,2000000})'\s*\)/g;

interface StoreItem {
  name?: unknown;
  sku?: unknown;
  id?: unknown;
  quantity?: unknown;
}

export function readPreloadedCart(scriptTexts: readonly string[]): CartItem[] {
  const items: CartItem[] = [];
  for (const text of scriptTexts.slice(0, 200)) {
    for (const m of text.matchAll(PRELOAD)) {
      try {
        const data = JSON.parse(decodeURIComponent(m[1]!)) as Record<string, { body?: { items?: StoreItem[] } }>;
        for (const i of (data['/wc/store/v1/cart']?.body?.items ?? []).slice(0, 100)) {
          if (typeof i.name !== 'string' || !i.name) continue;
          items.push({
            name: i.name,
            ...(typeof i.sku === 'string' && i.sku ? { sku: i.sku } : {}),
            ...(typeof i.id === 'number' || typeof i.id === 'string' ? { productId: String(i.id) } : {}),
            ...(typeof i.quantity === 'number' ? { quantity: String(i.quantity) } : {}),
          });
        }
      } catch {
        // not the shape we know: the DOM rows still count
      }
    }
  }
  return items;
}
