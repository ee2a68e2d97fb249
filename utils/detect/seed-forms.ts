import { accentFold } from './fold';
import type { SeedCategory, SeedKind } from './types';

// What each seed kind means: its seed set, whether it can count as a leak on its own, and the
// normalised text forms it is searched in.

/** strong: a leak on its own; last-name: only next to another seed of the shopper; weak: context only. */
export type SeedRole = 'strong' | 'last-name' | 'weak';

/** How a hit must sit in the text: whole word, whole email, email prefix (keystroke), whole number, anywhere. */
export type Boundary = 'word' | 'email' | 'prefix' | 'digit' | 'none';

export const SEED_CATEGORY: Record<SeedKind, SeedCategory> = {
  'search-query': 'search',
  'cart-item-name': 'cart', 'cart-sku': 'cart', 'cart-product-id': 'cart', 'cart-price': 'cart', 'cart-quantity': 'cart',
  email: 'profile', 'first-name': 'profile', 'last-name': 'profile', 'full-name': 'profile', phone: 'profile',
  street: 'profile', city: 'profile', postcode: 'profile', company: 'profile',
  'order-id': 'order', 'coupon-code': 'coupon',
};

const WEAK = new Set<SeedKind>(['first-name', 'city', 'postcode', 'cart-price', 'cart-quantity']);

/** Whitespace collapsed, trimmed, NFC. */
export function cleanSeed(value: string): string {
  return value.normalize('NFC').replace(/\s+/g, ' ').trim();
}

export function seedRole(kind: SeedKind, clean: string): SeedRole {
  if (WEAK.has(kind) || clean.length < 4) return 'weak';
  if (/^\d+([.,]\d+)?$/.test(clean) && kind !== 'cart-product-id' && kind !== 'order-id' && kind !== 'phone') return 'weak';
  return kind === 'last-name' ? 'last-name' : 'strong';
}

export interface TextForm {
  text: string;
  /** Chain element naming the form: text, nfd, accent-folded, truncated-1, … */
  form: string;
  boundary: Boundary;
}

/** The plain forms searched for a non-phone seed (phones are matched as digit runs). */
export function textForms(kind: SeedKind, clean: string): TextForm[] {
  if (kind === 'email') {
    const lower = clean.toLowerCase();
    const out: TextForm[] = [{ text: lower, form: 'text', boundary: 'email' }];
    // Keystroke truncations (Leaky Forms): only for emails, where a prefix still names the shopper.
    if (lower.length >= 8) out.push({ text: lower.slice(0, -1), form: 'truncated-1', boundary: 'prefix' });
    if (lower.length >= 9) out.push({ text: lower.slice(0, -2), form: 'truncated-2', boundary: 'prefix' });
    return out;
  }
  const numeric = /^\d+$/.test(clean);
  const boundary: Boundary = numeric || /^\d+[.,]\d+$/.test(clean) ? 'digit' : 'word';
  const out: TextForm[] = [{ text: clean, form: 'text', boundary }];
  const add = (text: string, form: string) => {
    if (!out.some((f) => f.text.toLowerCase() === text.toLowerCase())) out.push({ text, form, boundary });
  };
  add(clean.normalize('NFD'), 'nfd');
  add(accentFold(clean), 'accent-folded');
  if (clean.includes("'")) add(clean.replace(/'/g, '’'), 'text');
  if (clean.includes('’')) add(clean.replace(/’/g, "'"), 'text');
  if (kind === 'cart-price' && clean.includes('.')) add(clean.replace('.', ','), 'text');
  return out;
}
