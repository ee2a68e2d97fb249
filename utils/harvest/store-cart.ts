import type { Seed, SeedKind } from '../detect/types';
import type { CartItem } from './cart-items';
import { acceptValue } from './seed-values';

// The Store API's cart and address shapes (CartSchema / CartItemSchema / address schemas):
// the same JSON whether preloaded into the page, fetched by the blocks, or returned by add-item.

const MAX_ITEMS = 100;
const isObject = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);
const str = (v: unknown): string | undefined => (typeof v === 'string' && v ? v : typeof v === 'number' && Number.isFinite(v) ? String(v) : undefined);

/** `prices.price` is an integer string in minor units next to `currency_minor_unit`: "1800", 2 → "18.00". */
export function storePrice(prices: unknown): string | undefined {
  if (!isObject(prices) || typeof prices.price !== 'string' || !/^\d{1,12}$/.test(prices.price)) return undefined;
  const unit = typeof prices.currency_minor_unit === 'number' && prices.currency_minor_unit >= 0 && prices.currency_minor_unit <= 4 ? prices.currency_minor_unit : 2;
  if (unit === 0) return prices.price;
  const padded = prices.price.padStart(unit + 1, '0');
  return `${padded.slice(0, -unit)}.${padded.slice(-unit)}`;
}

/** Line items of a Store API cart object (`{items: [...]}`). */
export function storeCartItems(cart: unknown): CartItem[] {
  if (!isObject(cart) || !Array.isArray(cart.items)) return [];
  const items: CartItem[] = [];
  for (const i of cart.items.slice(0, MAX_ITEMS)) {
    if (!isObject(i) || typeof i.name !== 'string' || !i.name) continue;
    const price = storePrice(i.prices);
    items.push({
      name: i.name,
      ...(typeof i.sku === 'string' && i.sku ? { sku: i.sku } : {}),
      ...(str(i.id) ? { productId: str(i.id)! } : {}),
      ...(typeof i.quantity === 'number' ? { quantity: String(i.quantity) } : {}),
      ...(price ? { price } : {}),
    });
  }
  return items;
}

const ADDRESS_FIELDS: [string, SeedKind][] = [
  ['email', 'email'], ['first_name', 'first-name'], ['last_name', 'last-name'], ['phone', 'phone'],
  ['address_1', 'street'], ['city', 'city'], ['postcode', 'postcode'], ['company', 'company'],
];

/** A billing or shipping address object (`first_name`, `email`, …) as profile seeds. */
export function addressSeeds(address: unknown, shopperId = 'customer'): Seed[] {
  if (!isObject(address)) return [];
  const seeds: Seed[] = [];
  for (const [field, kind] of ADDRESS_FIELDS) {
    const value = typeof address[field] === 'string' ? acceptValue(kind, address[field]) : null;
    if (value) seeds.push({ kind, value, shopperId });
  }
  const first = seeds.find((s) => s.kind === 'first-name')?.value;
  const last = seeds.find((s) => s.kind === 'last-name')?.value;
  if (first && last) seeds.push({ kind: 'full-name', value: `${first} ${last}`, shopperId });
  return seeds;
}

/** Billing and shipping addresses of a Store API cart or checkout object. */
export function storeAddressSeeds(body: unknown): Seed[] {
  if (!isObject(body)) return [];
  return [...addressSeeds(body.billing_address), ...addressSeeds(body.shipping_address)];
}
