import type { Seed } from '../detect/types';
import { cartSeeds, readCartItems, type CartItem } from './cart-items';
import { storeAddressSeeds, storeCartItems } from './store-cart';

// A Store API or `?wc-ajax=` response the page received (copied by the hook) → cart and customer
// seeds. Store API: a cart (`items`, `billing_address`, `shipping_address`), a checkout answer, or a
// batch of those. wc-ajax: `fragments` of mini-cart / review-order HTML, read with the page parsers.

const MAX_FRAGMENTS = 20;
const MAX_FRAGMENT = 256 * 1024;
const MAX_BATCH = 25;

export type ParseHtml = (html: string) => ParentNode | null;

const isObject = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);

function storeApi(body: unknown, items: CartItem[], seeds: Seed[], depth = 0): void {
  if (!isObject(body)) return;
  items.push(...storeCartItems(body));
  seeds.push(...storeAddressSeeds(body));
  // `/batch` answers `{responses: [{status, body}]}`.
  if (depth === 0 && Array.isArray(body.responses)) {
    for (const r of body.responses.slice(0, MAX_BATCH)) if (isObject(r)) storeApi(r.body, items, seeds, 1);
  }
}

function fragments(body: unknown, parseHtml: ParseHtml | undefined, items: CartItem[]): void {
  const frags = isObject(body) ? body.fragments : undefined;
  if (!isObject(frags) || !parseHtml) return;
  for (const html of Object.values(frags).slice(0, MAX_FRAGMENTS)) {
    if (typeof html !== 'string' || html.length > MAX_FRAGMENT) continue;
    const doc = parseHtml(html);
    if (doc) items.push(...readCartItems(doc));
  }
}

/** One item per name: the richer source wins field by field. */
function merge(items: CartItem[]): CartItem[] {
  const byName = new Map<string, CartItem>();
  for (const item of items) byName.set(item.name, { ...item, ...byName.get(item.name) });
  return [...byName.values()];
}

export function storeResponseSeeds(endpoint: 'store-api' | 'wc-ajax', text: string, parseHtml?: ParseHtml): Seed[] {
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return [];
  }
  const items: CartItem[] = [];
  const seeds: Seed[] = [];
  if (endpoint === 'store-api') storeApi(body, items, seeds);
  else fragments(body, parseHtml, items);
  const all = [...cartSeeds(merge(items)), ...seeds];
  return all.filter((s, i) => all.findIndex((t) => t.kind === s.kind && t.value === s.value) === i);
}
