import { regionOfCloudLocation } from './cloud-regions';
import { registrableDomain } from './domain';
import { compileHostPattern, matchLabels, type CompiledHostPattern } from './host-pattern';
import { compilePathPatterns, type PathMatcher } from './path-pattern';
import { hostRuleOf, type CatalogEntry, type HostRole, type HostRule, type Region } from './types';

/**
 * Host → catalog entry, precompiled once into Maps.
 *
 * Why: this runs for every recorded request, so it is a Map lookup on the exact host, then one
 * lookup per parent suffix of the host for wildcard rules (label boundaries by construction), and
 * a registrable-domain lookup (tldts) only for entries that opt in with `matchRegistrableDomain`.
 * A whole registrable domain is never matched otherwise: `maps.googleapis.com` is not Gemini.
 */

interface Rule {
  entry: CatalogEntry;
  rule: HostRule;
  pattern: CompiledHostPattern;
  paths: PathMatcher | null;
  rank: number;
}

export interface HostIndex {
  exact: Map<string, Rule[]>;
  wildcard: Map<string, Rule[]>;
  byDomain: Map<string, Rule[]>;
  hints: Map<CatalogEntry, PathMatcher>;
}

export interface HostMatch {
  entry: CatalogEntry;
  role: HostRole;
  region?: Region;
  location?: string;
  via: 'exact' | 'wildcard' | 'registrable-domain';
  /** The entry's path hint that the request path matched, if any. */
  endpoint?: string;
}

const push = (map: Map<string, Rule[]>, key: string, rule: Rule) => map.set(key, [...(map.get(key) ?? []), rule]);

/** `entries` in priority order: on equal specificity an earlier entry wins (put user entries first). */
export function compileHostIndex(entries: readonly CatalogEntry[]): HostIndex {
  const index: HostIndex = { exact: new Map(), wildcard: new Map(), byDomain: new Map(), hints: new Map() };
  entries.forEach((entry, order) => {
    index.hints.set(entry, compilePathPatterns(entry.pathHints));
    for (const rule of entry.hosts.map(hostRuleOf)) {
      const pattern = compileHostPattern(rule.host);
      const paths = rule.paths ? compilePathPatterns(rule.paths) : null;
      const rank = (paths ? 1e6 : 0) + rule.host.replace(/\*/g, '').length * 10 - order / (entries.length + 1);
      const compiled: Rule = { entry, rule, pattern, paths, rank };
      push(pattern.exact ? index.exact : index.wildcard, pattern.literal, compiled);
      const domain = entry.matchRegistrableDomain && registrableDomain(pattern.literal);
      if (domain) push(index.byDomain, domain, { ...compiled, paths, rank: rank - 1e5 });
    }
  });
  return index;
}

function toMatch(index: HostIndex, found: Rule, via: HostMatch['via'], capture: string, path: string): HostMatch {
  const { entry, rule } = found;
  const place = rule.regionFrom && capture ? regionOfCloudLocation(capture) : { region: rule.region, location: rule.location };
  const match: HostMatch = { entry, role: rule.role ?? 'api', via };
  if (place.region) match.region = place.region;
  if (place.location) match.location = place.location;
  const endpoint = index.hints.get(entry)?.(path);
  if (endpoint) match.endpoint = endpoint;
  return match;
}

/**
 * The best catalog match for a host (normalised, see domain.ts) and URL path, or null.
 * Preference: a rule limited to the request's path, then exact host, then the most specific pattern.
 */
export function matchHost(index: HostIndex, host: string, path = '/', domain?: string | null): HostMatch | null {
  let best: { rule: Rule; via: HostMatch['via']; capture: string; score: number } | null = null;
  const consider = (rule: Rule, via: HostMatch['via'], capture: string, tier: number) => {
    if (rule.paths && !rule.paths(path)) return;
    const score = rule.rank + tier;
    if (!best || score > best.score) best = { rule, via, capture, score };
  };
  for (const rule of index.exact.get(host) ?? []) consider(rule, 'exact', '', 2e5);
  const labels = host.split('.');
  for (let i = 1; i < labels.length; i++) {
    const rules = index.wildcard.get(labels.slice(i).join('.'));
    if (!rules) continue;
    const front = labels.slice(0, i);
    for (const rule of rules) {
      const capture = matchLabels(rule.pattern, front);
      if (capture !== null) consider(rule, 'wildcard', capture, 1e5);
    }
  }
  if (index.byDomain.size) {
    const site = domain === undefined ? registrableDomain(host) : domain;
    for (const rule of (site && index.byDomain.get(site)) || []) consider(rule, 'registrable-domain', '', 0);
  }
  const found = best as { rule: Rule; via: HostMatch['via']; capture: string } | null;
  return found ? toMatch(index, found.rule, found.via, found.capture, path) : null;
}
