import type { ScanMatch } from '@/utils/detect';

/**
 * From the matcher's matches to the ones that can make a finding, grouped by data category.
 *
 * Why: context-only matches (a price, a first name next to a real leak) never make a finding
 * alone, and the seedless email/phone detectors fire on the same text as the shopper's own
 * seed — that is one leak, reported once under the seed's more precise category.
 */

export type MatchSource = ScanMatch['source'];

const digits = (v: string) => v.replace(/\D/g, '');

function sameValue(detector: ScanMatch, seed: ScanMatch): boolean {
  if (detector.category === 'email-address') return detector.value.trim().toLowerCase() === seed.value.trim().toLowerCase();
  if (detector.category === 'phone-number') {
    const [a, b] = [digits(detector.value), digits(seed.value)];
    return a.length >= 7 && b.length >= 7 && (a.endsWith(b) || b.endsWith(a));
  }
  return false;
}

/** Matches that count: no context-only ones, no detector hit that repeats a seed hit. */
export function effectiveMatches(matches: readonly ScanMatch[]): ScanMatch[] {
  const real = matches.filter((m) => !m.context);
  const seeds = real.filter((m) => m.source === 'seed');
  return real.filter((m) => m.source === 'seed' || !seeds.some((s) => sameValue(m, s)));
}

/** Matches grouped by data category, in first-seen order. */
export function byCategory(matches: readonly ScanMatch[]): Map<string, ScanMatch[]> {
  const groups = new Map<string, ScanMatch[]>();
  for (const m of matches) {
    const list = groups.get(m.category);
    if (list) list.push(m);
    else groups.set(m.category, [m]);
  }
  return groups;
}

/** 'seed' when any match of the group is the shopper's own seed. */
export function sourceOf(group: readonly ScanMatch[]): MatchSource {
  return group.some((m) => m.source === 'seed') ? 'seed' : 'detector';
}

/** Distinct data categories of seed matches: the flows counted for non-AI destinations. */
export function seedCategories(matches: readonly ScanMatch[]): number {
  return new Set(matches.filter((m) => m.source === 'seed' && !m.context).map((m) => m.category)).size;
}
