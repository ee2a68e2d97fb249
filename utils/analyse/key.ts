import type { Destination } from '@/utils/catalog/destination';

/**
 * Grouping keys: one finding per (destination, source script, data category) within a visit.
 *
 * Why the source drops its query: WordPress appends `?ver=<plugin version>` (and other cache
 * busters) to script URLs, so a plugin update must not turn one finding into two.
 */

/** The initiating script's URL without query or fragment; the initiator method when there is no URL. */
export function sourceKey(initiator: { url?: string; method: string }): string {
  const url = initiator.url?.trim();
  return url ? url.split(/[?#]/, 1)[0]! : `(${initiator.method})`;
}

/** host[:port] of the request URL, lower case. */
export function hostKey(url: string): string {
  try {
    return new URL(url).host.toLowerCase();
  } catch {
    return '';
  }
}

/** Destination part of a key: the catalog entry (or plugin routes, or the kind) at the request's host. */
export function destinationKey(dest: Destination, url: string): string {
  const host = hostKey(url) || dest.host;
  switch (dest.kind) {
    case 'catalogued':
      return `${dest.entry.id}@${host}`;
    case 'first-party-relay':
      return `relay:${dest.plugins.map((p) => p.id).join('+') || 'llm-shaped'}@${host}`;
    case 'sovereign-local':
      return `local${dest.entry ? `:${dest.entry.id}` : ''}@${host}`;
    default:
      return `${dest.kind}@${host}`;
  }
}

export function findingKey(dest: Destination, url: string, initiator: { url?: string; method: string }, category: string): string {
  return `${destinationKey(dest, url)}|${sourceKey(initiator)}|${category}`;
}
