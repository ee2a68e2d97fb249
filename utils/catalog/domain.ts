import { getDomain, getPublicSuffix } from 'tldts';

/**
 * Registrable domains ("sites") from the public suffix list, through tldts.
 *
 * Why: first-party vs third-party and grouping of destinations must follow the public suffix list
 * (including its private section, as browsers' notion of a site does: `a.github.io` and
 * `b.github.io` are different parties), never hand-written suffix rules.
 */

const OPTIONS = { allowPrivateDomains: true, extractHostname: false } as const;

/** `maps.example.co.uk` → `example.co.uk`; null for IP addresses, `localhost` and bare suffixes. */
export function registrableDomain(host: string): string | null {
  return getDomain(host, OPTIONS);
}

/** True when the host is itself a public suffix (`com`, `co.uk`, `github.io`). */
export function isPublicSuffix(host: string): boolean {
  return getPublicSuffix(host, OPTIONS) === host;
}

/** Lower case, no IPv6 brackets, no trailing dot: the form every matcher here compares. */
export function normaliseHost(host: string): string {
  let h = host.toLowerCase();
  if (h.startsWith('[') && h.endsWith(']')) h = h.slice(1, -1);
  return h.endsWith('.') ? h.slice(0, -1) : h;
}
