import type { SeedKind } from '../detect/types';

// Which kind of shopper value a form field holds, from its name, id and autocomplete hint.
// Classic checkout uses `billing_*`/`shipping_*` names, the Checkout block ids like `billing-first_name`.

export interface FieldFacts {
  name?: string;
  id?: string;
  type?: string;
  autocomplete?: string;
}

const BY_AUTOCOMPLETE: Record<string, SeedKind> = {
  email: 'email', 'given-name': 'first-name', 'family-name': 'last-name', name: 'full-name', tel: 'phone',
  'tel-national': 'phone', 'street-address': 'street', 'address-line1': 'street', 'address-level2': 'city',
  'postal-code': 'postcode', organization: 'company',
};

const BY_SUFFIX: [RegExp, SeedKind][] = [
  [/(^|[_-])email$/, 'email'],
  [/(^|[_-])first[_-]?name$/, 'first-name'],
  [/(^|[_-])last[_-]?name$/, 'last-name'],
  [/(^|[_-])phone$/, 'phone'],
  [/(^|[_-])address[_-]?1$/, 'street'],
  [/(^|[_-])city$/, 'city'],
  [/(^|[_-])postcode$/, 'postcode'],
  [/(^|[_-])company$/, 'company'],
  [/^coupon[_-]code$/, 'coupon-code'],
];

export function fieldKind(f: FieldFacts): SeedKind | null {
  if (f.type === 'password' || f.type === 'hidden') return null;
  if (f.name === 's' || f.type === 'search') return 'search-query';
  const auto = f.autocomplete?.trim().split(/\s+/).at(-1);
  if (auto && BY_AUTOCOMPLETE[auto]) return BY_AUTOCOMPLETE[auto];
  for (const key of [f.name, f.id]) {
    const k = key?.toLowerCase();
    if (!k) continue;
    if (k === 'username' || k === 'reg_email') return k === 'reg_email' ? 'email' : null;
    for (const [re, kind] of BY_SUFFIX) if (re.test(k)) return kind;
  }
  return null;
}

/** The group a field belongs to (billing, shipping, account), so first and last name make a full name. */
export function fieldGroup(f: FieldFacts): string {
  return /^_?(billing|shipping|account)/.exec((f.name || f.id || '').toLowerCase())?.[1] ?? 'other';
}
