import type { Seed, SeedKind } from '../detect/types';

// Which typed values are worth sending as seeds: complete-looking ones, bounded in size.

const EMAIL = /^[^\s@]+@[^\s@]+\.[a-z]{2,}$/i;
const MAX = 200;

export function acceptValue(kind: SeedKind, raw: string): string | null {
  const value = raw.trim();
  if (value.length < 2 || value.length > MAX) return null;
  if (kind === 'email' && !EMAIL.test(value)) return null;
  if (kind === 'phone' && value.replace(/\D/g, '').length < 6) return null;
  return value;
}

/** First and last name of one group, typed, make the full name too. */
export function withFullNames(values: Map<string, Map<SeedKind, string>>): Seed[] {
  const seeds: Seed[] = [];
  for (const [group, kinds] of values) {
    for (const [kind, value] of kinds) seeds.push({ kind, value, shopperId: 'typed' });
    const first = kinds.get('first-name');
    const last = kinds.get('last-name');
    if (first && last) seeds.push({ kind: 'full-name', value: `${first} ${last}`, shopperId: 'typed' });
    void group;
  }
  return seeds;
}
