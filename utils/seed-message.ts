import * as v from 'valibot';
import type { Seed } from './detect/types';

// Seeds (the shopper's own values) reach the background from content scripts; validated here.

const KINDS = [
  'search-query', 'cart-item-name', 'cart-sku', 'cart-product-id', 'cart-price', 'cart-quantity', 'email',
  'first-name', 'last-name', 'full-name', 'phone', 'street', 'city', 'postcode', 'company', 'order-id', 'coupon-code',
] as const satisfies readonly Seed['kind'][];

const SeedSchema = v.object({
  kind: v.picklist(KINDS),
  value: v.pipe(v.string(), v.minLength(1), v.maxLength(1000)),
  shopperId: v.optional(v.pipe(v.string(), v.maxLength(100))),
});

export interface SeedsMessage {
  type: 'seeds';
  seeds: Seed[];
}

/** The valid seeds of an untrusted list (at most 500). */
export function parseSeeds(input: unknown): Seed[] {
  if (!Array.isArray(input)) return [];
  return input.slice(0, 500).flatMap((s) => {
    const r = v.safeParse(SeedSchema, s);
    return r.success ? [r.output as Seed] : [];
  });
}
