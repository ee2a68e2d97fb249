import type { Seed } from './detect/types';
import type { CanaryProfile } from './settings';

// The QA canary customer from settings, as seeds every session has from the start.

export function canarySeeds(c: CanaryProfile): Seed[] {
  const seeds: Seed[] = [];
  const add = (kind: Seed['kind'], value: string | undefined) => value && seeds.push({ kind, value, shopperId: 'canary' });
  add('email', c.email);
  add('first-name', c.firstName);
  add('last-name', c.lastName);
  if (c.firstName && c.lastName) add('full-name', `${c.firstName} ${c.lastName}`);
  add('phone', c.phone);
  return seeds;
}
