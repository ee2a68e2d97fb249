import type { Builtins } from './builtins';
import { invoke } from './call';

// Which of the page's own requests answer with the cart or the customer: Store API cart, checkout
// and batch routes (pretty permalinks or `?rest_route=`), and the classic `?wc-ajax=` events whose
// JSON carries cart fragments. Our own regexes, run through the captured RegExp#exec.

const SLASH = '(?:/|%2F)';
const STORE_API = new RegExp(
  `${SLASH}wc${SLASH}store(?:${SLASH}v1)?${SLASH}(?:cart(?:${SLASH}(?:add-item|update-item|remove-item|update-customer|apply-coupon|remove-coupon|select-shipping-rate))?|checkout|batch)(?:[/?&#]|%2F|$)`,
  'i',
);
const WC_AJAX = /[?&]wc-ajax=(?:get_refreshed_fragments|add_to_cart|remove_from_cart|update_order_review|apply_coupon|remove_coupon|update_shipping_method|get_cart_totals)(?:[&#]|$)/;

export type StoreEndpoint = 'store-api' | 'wc-ajax';

const isHttp = (B: Builtins, url: string): boolean => {
  const protocol = invoke(B, B.urlProtocol, new B.URL!(url));
  return protocol === 'http:' || protocol === 'https:';
};

/**
 * The endpoint family of an absolute URL on the document's own origin, or on any origin when the
 * store has other hosts (the relay then keeps only those: `utils/relay/store-hosts.ts`); null for
 * anything else.
 */
export function storeEndpoint(B: Builtins, url: string, origin: string, otherHosts = false): StoreEndpoint | null {
  const kind: StoreEndpoint | null = invoke(B, B.exec, STORE_API, [url]) ? 'store-api' : invoke(B, B.exec, WC_AJAX, [url]) ? 'wc-ajax' : null;
  if (!kind) return null;
  // First party only: a look-alike path on another host is not this store's cart.
  try {
    const other = invoke(B, B.urlOrigin, new B.URL!(url)) !== origin;
    return !other || (otherHosts && isHttp(B, url)) ? kind : null;
  } catch {
    return null;
  }
}
