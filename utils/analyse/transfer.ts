import type { EeaEntity } from '@/utils/catalog/types';

/**
 * The GDPR Art. 44 reference of a finding, worded from the catalog's jurisdiction facts.
 *
 * Why the variants (../shared/reference/vendor-jurisdictions.md): an EEA contracting entity makes
 * the first hop intra-EEA but the data may still go to the non-EEA parent or its sub-processors,
 * and an EU-region endpoint keeps processing in the EU while the vendor stays a non-EEA company —
 * neither removes the transfer question, so the reference names which one applies instead of
 * dropping Art. 44. "Not verified" countries are never treated as EEA: the reference says to check.
 */

/** EU member states plus Iceland, Liechtenstein and Norway (ISO 3166-1 alpha-2). */
export const EEA = new Set([
  'AT', 'BE', 'BG', 'HR', 'CY', 'CZ', 'DK', 'EE', 'FI', 'FR', 'DE', 'GR', 'HU', 'IE', 'IT', 'LV', 'LT', 'LU',
  'MT', 'NL', 'PL', 'PT', 'RO', 'SK', 'SI', 'ES', 'SE', 'IS', 'LI', 'NO',
]);

export const isEea = (country: string | undefined): boolean => !!country && EEA.has(country.toUpperCase());

export interface TransferFacts {
  /** ISO country of the vendor's legal entity, 'unknown', or undefined when there is no vendor (unlisted, relay). */
  country?: string;
  eeaEntity?: EeaEntity;
  /** Region of the endpoint from its host name ('eu', 'us', 'global', a country). */
  region?: string;
  host: string;
}

const ART44 = 'GDPR Art. 44';

function entityNote(entity: EeaEntity | undefined): string | null {
  if (!entity || typeof entity === 'string') return null;
  return isEea(entity.country) ? `EEA entity ${entity.name}, ${entity.country}` : `contracting entity ${entity.name}, country not verified`;
}

/** The Art. 44 reference, or null when the data stays with an EEA vendor in the EEA. */
export function art44(facts: TransferFacts): string | null {
  const { country, region, host } = facts;
  if (!country || country === 'unknown') return `${ART44} (check: vendor country not verified)`;
  if (isEea(country)) {
    const outside = region && region !== 'eu' && region !== 'global' && !isEea(region);
    return outside ? `${ART44} (EEA vendor; non-EU endpoint ${host}, region ${region})` : null;
  }
  const notes = [`${country.toUpperCase()} vendor`];
  const entity = entityNote(facts.eeaEntity);
  if (entity) notes.push(entity);
  if (region === 'eu') notes.push(`EU endpoint ${host}`);
  return `${ART44} (${notes.join('; ')})`;
}

/** A relay: the AI provider is whatever the plugin is set up with on the server. */
export const ART44_RELAY = `${ART44} (check: the plugin's AI provider is set server-side)`;
