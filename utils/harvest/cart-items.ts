import type { Seed } from '../detect/types';
import { readPreloadedCart } from './preloaded-cart';

// Cart line items shown on the page — classic cart table, Cart block, mini-cart — as cart seeds.
// A bounded number of queries; names come from text, SKUs and ids from the remove links' data.

export interface CartItem {
  name: string;
  sku?: string;
  productId?: string;
  quantity?: string;
  /** Unit price as a decimal ("18.00"), when the source gives one. */
  price?: string;
}

const MAX_ITEMS = 100;
const text = (el: Element | null | undefined) => el?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
/** A product name cell without its "× 2" quantity and variation details. */
function nameOf(cell: Element | null): string {
  if (!cell) return '';
  const clone = cell.cloneNode(true) as Element;
  for (const extra of Array.from(clone.querySelectorAll('.product-quantity, dl.variation, .wc-item-meta'))) extra.remove();
  return text(clone);
}
const value = (el: Element | null | undefined) => (el as HTMLInputElement | null | undefined)?.value ?? el?.getAttribute('value') ?? undefined;

export function readCartItems(doc: ParentNode, scriptTexts: readonly string[] = []): CartItem[] {
  const items: CartItem[] = [];
  const add = (item: CartItem) => {
    const known = items.find((i) => i.name === item.name);
    if (known) Object.assign(known, { ...item, ...known }); // fill in what the other source lacked
    else if (item.name && items.length < MAX_ITEMS) items.push(item);
  };
  for (const item of readPreloadedCart(scriptTexts)) add(item);
  for (const row of Array.from(doc.querySelectorAll('tr.cart_item, li.woocommerce-mini-cart-item')).slice(0, MAX_ITEMS)) {
    const remove = row.querySelector('a.remove');
    const link = row.querySelector('.product-name a, li > a:not(.remove)');
    add({
      name: text(link) || nameOf(row.querySelector('.product-name')),
      ...(remove?.getAttribute('data-product_sku') ? { sku: remove.getAttribute('data-product_sku')! } : {}),
      ...(remove?.getAttribute('data-product_id') ? { productId: remove.getAttribute('data-product_id')! } : {}),
      ...(value(row.querySelector('input.qty')) ? { quantity: value(row.querySelector('input.qty'))! } : {}),
    });
  }
  for (const row of Array.from(doc.querySelectorAll('.wc-block-cart-items__row, .wc-block-components-order-summary-item')).slice(0, MAX_ITEMS)) {
    const quantity = value(row.querySelector('.wc-block-components-quantity-selector__input')) ?? text(row.querySelector('.wc-block-components-order-summary-item__quantity'));
    add({ name: text(row.querySelector('.wc-block-components-product-name')), ...(quantity ? { quantity } : {}) });
  }
  return items;
}

export function cartSeeds(items: readonly CartItem[]): Seed[] {
  return items.flatMap((i) => [
    { kind: 'cart-item-name' as const, value: i.name },
    ...(i.sku ? [{ kind: 'cart-sku' as const, value: i.sku }] : []),
    ...(i.productId ? [{ kind: 'cart-product-id' as const, value: i.productId }] : []),
    ...(i.quantity ? [{ kind: 'cart-quantity' as const, value: i.quantity }] : []),
    ...(i.price ? [{ kind: 'cart-price' as const, value: i.price }] : []),
  ]).map((s) => ({ ...s, shopperId: 'page' }));
}
