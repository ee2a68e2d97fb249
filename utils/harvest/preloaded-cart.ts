import type { Seed } from '../detect/types';
import type { CartItem } from './cart-items';
import { storeAddressSeeds, storeCartItems } from './store-cart';

// The Cart and Checkout blocks preload the page's own Store API cart into an inline script as
// `decodeURIComponent('…')` of `{"/wc/store/v1/cart": {body: {items: […], billing_address: {…}}}}`.

const PRELOAD = /decodeURIComponent\(\s*'(%7B%22%5C%2Fwc%5C%2Fstore%5C%2Fv1%5C%2Fcart[^']{0,2000000})'\s*\)/g;

/** The preloaded cart bodies found in the page's inline scripts. */
function preloadedCarts(scriptTexts: readonly string[]): unknown[] {
  const carts: unknown[] = [];
  for (const text of scriptTexts.slice(0, 200)) {
    for (const m of text.matchAll(PRELOAD)) {
      try {
        const data = JSON.parse(decodeURIComponent(m[1]!)) as Record<string, { body?: unknown }>;
        carts.push(data['/wc/store/v1/cart']?.body);
      } catch {
        // not the shape we know: the DOM rows still count
      }
    }
  }
  return carts;
}

export function readPreloadedCart(scriptTexts: readonly string[]): CartItem[] {
  return preloadedCarts(scriptTexts).flatMap(storeCartItems);
}

/** The logged-in customer's billing and shipping address the Checkout block preloads with the cart. */
export function readPreloadedCustomer(scriptTexts: readonly string[]): Seed[] {
  return preloadedCarts(scriptTexts).flatMap(storeAddressSeeds);
}
