import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { cartSeeds, readCartItems } from '@/utils/harvest/cart-items';

const SHARED = join(__dirname, '../../../shared/fixtures/woocommerce');
const doc = (html: string) => parseHTML(html).document;

describe('cart items on the page', () => {
  it('reads a classic cart row: name, SKU and id from the remove link, quantity from the input', () => {
    const d = doc(`<table class="shop_table cart"><tr class="woocommerce-cart-form__cart-item cart_item">
      <td class="product-remove"><a class="remove" data-product_id="14" data-product_sku="WL-HOODIE-001">×</a></td>
      <td class="product-name"><a href="/p/">Lab Hoodie</a></td><td><input class="qty" value="2"></td></tr></table>`);
    expect(readCartItems(d)).toEqual([{ name: 'Lab Hoodie', sku: 'WL-HOODIE-001', productId: '14', quantity: '2' }]);
  });

  it('reads the Cart block and makes seeds that need a name, SKU or id to match', () => {
    const d = doc(`<div class="wc-block-cart-items__row"><a class="wc-block-components-product-name">Loopback T-Shirt</a>
      <input class="wc-block-components-quantity-selector__input" value="3"></div>`);
    const items = readCartItems(d);
    expect(items).toEqual([{ name: 'Loopback T-Shirt', quantity: '3' }]);
    expect(cartSeeds(items).map((s) => s.kind)).toEqual(['cart-item-name', 'cart-quantity']);
  });

  it('stops at 100 items on a hostile page', () => {
    const rows = Array.from({ length: 5000 }, (_, i) => `<tr class="cart_item"><td class="product-name"><a>Item ${i}</a></td></tr>`).join('');
    expect(readCartItems(doc(`<table>${rows}</table>`))).toHaveLength(100);
  });
});

const manifest = existsSync(join(SHARED, 'manifest.json')) ? JSON.parse(readFileSync(join(SHARED, 'manifest.json'), 'utf8')) : null;
interface CartPage { file: string; expected: { cart_items: { name: string; sku: string | null }[] } }
const cartPages: CartPage[] = (manifest?.files ?? []).filter((f: { expected?: { cart_items?: unknown[] } }) => f.expected?.cart_items?.length);

describe.skipIf(!manifest)('cart items in the shared WooCommerce fixture pages (runs when ../shared is present)', () => {
  it.each(cartPages.map((f): [string, CartPage] => [f.file, f]))('%s: the cart items the manifest lists are read', (_file, page) => {
    const d = doc(readFileSync(join(SHARED, page.file), 'utf8'));
    const items = readCartItems(d, Array.from(d.querySelectorAll('script')).map((s) => s.textContent ?? ''));
    for (const want of page.expected.cart_items) {
      const got = items.find((i) => i.name === want.name);
      expect(got, want.name).toBeDefined();
      if (want.sku) expect(got!.sku).toBe(want.sku);
    }
  });
});
