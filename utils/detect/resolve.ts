import { chainArray, chainPath } from './chain';
import type { ScanContext, SeedHit } from './scan-context';
import type { ScanMatch, SeedCategory, SeedKind } from './types';

// From raw hits to matches: overlapping and repeated hits collapse, and the leak rules apply
// (weak seeds and last names only count next to other seeds of the same shopper).

const MAX_MATCHES = 500;

/** A hit inside a longer hit in the same text is dropped when it is the same seed or only a weak one. */
function dropContained(hits: SeedHit[]): SeedHit[] {
  const byText = new Map<number, SeedHit[]>();
  for (const h of hits) {
    const group = byText.get(h.textId);
    if (group) group.push(h);
    else byText.set(h.textId, [h]);
  }
  const out: SeedHit[] = [];
  for (const group of byText.values()) {
    for (const h of group) {
      const minor = h.seed.role !== 'strong' || h.tail[0]!.startsWith('truncated');
      const inside = group.some((g) => g !== h && g.start <= h.start && g.end >= h.end && g.end - g.start > h.end - h.start && (minor || g.seed === h.seed));
      if (!inside) out.push(h);
    }
  }
  return out;
}

interface Located {
  hit: SeedHit;
  loc: string[];
  key: string;
  /** The seed form's chain elements, joined once (compared pairwise below). */
  tail: string;
}

/** Same seed, same form: keep the most specific location (a chain that another one extends is dropped). */
function dropRepeats(hits: SeedHit[]): Located[] {
  const seen = new Set<string>();
  const all: Located[] = [];
  for (const hit of hits) {
    const loc = chainArray(hit.chain);
    const key = `${hit.seed.id}|${[...loc, ...hit.tail].join('›')}`;
    if (seen.has(key)) continue;
    seen.add(key);
    all.push({ hit, loc, key, tail: hit.tail.join() });
  }
  return all.filter(
    (a) => !all.some((b) => b !== a && b.hit.seed === a.hit.seed && b.loc.length > a.loc.length && b.tail === a.tail && a.loc.every((el, i) => b.loc[i] === el)),
  );
}

/** A seed match; optional fields are added only when set (keep-shapes.ts keeps one of each resulting shape). */
export function seedMatch(category: SeedKind, seedCategory: SeedCategory, chain: string[], value: string, shopperId: string | undefined, path: string | undefined, context: boolean): ScanMatch {
  const m: ScanMatch = { category, seedCategory, chain, value, source: 'seed' };
  if (shopperId !== undefined) m.shopperId = shopperId;
  if (path !== undefined) m.path = path;
  if (context) m.context = true;
  return m;
}

export function detectorMatch(category: string, chain: string[], value: string, path: string | undefined, detail: string | undefined): ScanMatch {
  const m: ScanMatch = { category, chain, value, source: 'detector' };
  if (path !== undefined) m.path = path;
  if (detail !== undefined) m.detail = detail;
  return m;
}

export function resolveMatches(ctx: ScanContext): ScanMatch[] {
  const hits = dropRepeats(dropContained(ctx.seedHits.filter((h) => !h.inEmail)));
  const shopper = (h: SeedHit) => h.seed.shopperId ?? '';
  const strong = new Set(hits.filter((l) => l.hit.seed.role === 'strong').map((l) => shopper(l.hit)));
  // Prices and quantities are too common to vouch for a last name.
  const seedsOf = new Map<string, Set<number>>();
  for (const { hit } of hits) {
    if (hit.seed.kind === 'cart-price' || hit.seed.kind === 'cart-quantity') continue;
    seedsOf.set(shopper(hit), (seedsOf.get(shopper(hit)) ?? new Set()).add(hit.seed.id));
  }
  const lastNameOk = (h: SeedHit) => [...(seedsOf.get(shopper(h)) ?? [])].some((id) => id !== h.seed.id);
  const named = new Set(hits.filter((l) => l.hit.seed.role === 'last-name' && lastNameOk(l.hit)).map((l) => shopper(l.hit)));
  const out: ScanMatch[] = [];
  for (const { hit, loc } of hits) {
    const role = hit.seed.role;
    const keep = role === 'strong' || (role === 'last-name' && lastNameOk(hit)) || (role === 'weak' && (strong.has(shopper(hit)) || named.has(shopper(hit))));
    if (!keep || out.length >= MAX_MATCHES) continue;
    out.push(seedMatch(hit.seed.kind, hit.seed.category, [...loc, ...hit.tail], hit.value, hit.seed.shopperId, chainPath(hit.chain), role === 'weak'));
  }
  for (const d of ctx.detectorHits.slice(0, MAX_MATCHES)) {
    out.push(detectorMatch(d.category, chainArray(d.chain), d.value, chainPath(d.chain), d.detail));
  }
  return out;
}
