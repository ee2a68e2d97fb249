import type { Seed, SeedKind } from '../detect/types';
import { acceptValue } from './seed-values';

// The logged-in customer that chat, CRM and shop plugins print into the page as globals
// (`intercomSettings`, `Tawk_API.visitor`, `__lc`, Crisp's `$crisp` pushes, HubSpot's `_hsq`
// identify, Tidio's `document.tidioIdentify`, …), as the hook copied them → profile seeds.

const KEYS: [RegExp, SeedKind][] = [
  [/^(?:user_?|customer_?|billing_?)?email(?:_?address)?$/i, 'email'],
  [/^(?:billing_?|customer_?)?(?:first_?name|given_?name)$/i, 'first-name'],
  [/^(?:billing_?|customer_?)?(?:last_?name|family_?name|surname)$/i, 'last-name'],
  [/^(?:billing_?)?(?:phone(?:_?number)?|telephone|mobile)$/i, 'phone'],
  [/^(?:billing_?)?(?:address_?1|street(?:_?address)?)$/i, 'street'],
  [/^(?:billing_?)?city$/i, 'city'],
  [/^(?:billing_?)?(?:postcode|postal_?code|zip(?:_?code)?)$/i, 'postcode'],
  [/^(?:billing_?)?company$/i, 'company'],
];
/** A whole name: only next to an email in the same object, and only with a space in it. */
const NAME = /^(?:name|full_?name|display_?name|nickname)$/i;
/** Crisp: `["set", "user:email", ["…"]]`. */
const CRISP: Record<string, SeedKind> = { 'user:email': 'email', 'user:nickname': 'full-name', 'user:phone': 'phone', 'user:company': 'company' };

const MAX_NODES = 2000;
const MAX_DEPTH = 8;
const isObject = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);

export function customerSeeds(snapshot: unknown): Seed[] {
  const seeds: Seed[] = [];
  let nodes = 0;
  const add = (kind: SeedKind, raw: unknown) => {
    if (typeof raw !== 'string') return;
    const value = acceptValue(kind, raw);
    if (value && (kind !== 'full-name' || /\S\s+\S/.test(value))) seeds.push({ kind, value, shopperId: 'customer' });
  };
  const walk = (v: unknown, depth: number) => {
    if (++nodes > MAX_NODES || depth > MAX_DEPTH) return;
    if (Array.isArray(v)) {
      const kind = v[0] === 'set' && typeof v[1] === 'string' ? CRISP[v[1]] : undefined;
      if (kind) add(kind, Array.isArray(v[2]) ? v[2][0] : v[2]);
      for (const item of v) walk(item, depth + 1);
      return;
    }
    if (!isObject(v)) return;
    const found = new Map<SeedKind, string>();
    for (const [key, value] of Object.entries(v)) {
      if (typeof value !== 'string') continue;
      const kind = KEYS.find(([re]) => re.test(key))?.[1];
      if (kind && !found.has(kind)) found.set(kind, value);
    }
    for (const [kind, value] of found) add(kind, value);
    const first = found.get('first-name')?.trim();
    const last = found.get('last-name')?.trim();
    if (first && last) add('full-name', `${first} ${last}`);
    else if (found.has('email')) {
      const name = Object.entries(v).find(([key, value]) => NAME.test(key) && typeof value === 'string')?.[1];
      add('full-name', name);
    }
    for (const value of Object.values(v)) if (value && typeof value === 'object') walk(value, depth + 1);
  };
  walk(snapshot, 0);
  return seeds.filter((s, i) => seeds.findIndex((t) => t.kind === s.kind && t.value === s.value) === i).slice(0, 100);
}
