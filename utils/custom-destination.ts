import { CATEGORIES, type Category, type CatalogEntry } from './catalog/types';

// AI destinations the user adds on the options page, one per line: `host, vendor, category[, country]`.

export interface CustomDestination {
  host: string;
  vendor: string;
  category: Category;
  /** ISO 3166-1 alpha-2, or 'unknown'. */
  country: string;
}

const HOST = /^(\*\.)?[a-z0-9-]+(\.[a-z0-9-]+)+(:\d+)?$/;

/** Parses the lines; returns the entries and the lines it could not read. */
export function parseCustomDestinations(text: string): { entries: CustomDestination[]; invalid: string[] } {
  const entries: CustomDestination[] = [];
  const invalid: string[] = [];
  for (const line of text.split('\n').map((l) => l.trim()).filter(Boolean)) {
    const [host = '', vendor = '', category = 'llm-api', country = 'unknown'] = line.split(',').map((p) => p.trim());
    if (!HOST.test(host.toLowerCase()) || !vendor || !(CATEGORIES as readonly string[]).includes(category)) invalid.push(line);
    else entries.push({ host: host.toLowerCase(), vendor, category: category as Category, country: /^[a-z]{2}$/i.test(country) ? country.toUpperCase() : 'unknown' });
  }
  return { entries, invalid };
}

export const formatCustomDestinations = (list: readonly CustomDestination[]) =>
  list.map((d) => `${d.host}, ${d.vendor}, ${d.category}, ${d.country}`).join('\n');

export function toCatalogEntry(d: CustomDestination, index: number): CatalogEntry {
  return {
    id: `user-${index}-${d.host.replace(/[^a-z0-9]+/g, '-')}`, vendor: d.vendor, category: d.category, hosts: [d.host],
    pathHints: [], authHeaders: [], processesInput: true, source: 'added by the user in Leakscope settings',
    country: d.country, eeaEntity: 'unknown', euResidency: { option: 'unknown' }, jurisdictionSource: 'added by the user',
  };
}
