import type { Destination } from '@/utils/catalog/destination';
import type { EeaEntity } from '@/utils/catalog/types';
import type { FindingDestination } from '@/utils/finding';
import { art44, ART44_RELAY } from './transfer';

/**
 * The destination as a finding stores it, and its GDPR Art. 44 reference.
 *
 * Why here: the catalog's Destination carries compiled entries and wire signals; a stored
 * finding keeps only the facts a reader needs (vendor, service, country, region, EEA entity,
 * plugins) so it stays small and readable after the catalog changes.
 */

export type AiDestination = Extract<Destination, { kind: FindingDestination['kind'] }>;

const entityText = (e: EeaEntity): string | undefined => (typeof e === 'string' ? undefined : `${e.name} (${e.country})`);

export function findingDestination(dest: AiDestination): FindingDestination {
  const out: FindingDestination = { kind: dest.kind, host: dest.host };
  if (dest.kind === 'catalogued') {
    const { entry } = dest;
    Object.assign(out, { vendor: entry.vendor, entryId: entry.id, serviceCategory: entry.category, country: entry.country });
    if (dest.region) out.region = dest.region;
    const entity = entityText(entry.eeaEntity);
    if (entity) out.eeaEntity = entity;
  } else if (dest.kind === 'first-party-relay') {
    out.serviceCategory = 'wp-plugin';
    if (dest.plugins.length) out.plugins = dest.plugins.map((p) => (p.product ? `${p.vendor} ${p.product}` : p.vendor));
    if (dest.plugins.length === 1) out.entryId = dest.plugins[0]!.id;
  } else if (dest.kind === 'sovereign-local') {
    out.serviceCategory = 'local-llm';
    if (dest.entry) Object.assign(out, { vendor: dest.entry.vendor, entryId: dest.entry.id });
  } else {
    out.country = 'unknown';
  }
  return out;
}

/** The Art. 44 reference for customer data sent to this destination, or null (EEA, sovereign). */
export function transferReference(dest: AiDestination): string | null {
  switch (dest.kind) {
    case 'catalogued':
      return art44({ country: dest.entry.country, eeaEntity: dest.entry.eeaEntity, region: dest.region, host: dest.host });
    case 'unlisted-ai':
      return art44({ host: dest.host });
    case 'first-party-relay':
      return ART44_RELAY;
    default:
      return null;
  }
}
