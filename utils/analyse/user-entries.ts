import { BUILTIN_CATALOG, type CompiledCatalog } from '@/utils/catalog/catalog';
import type { CatalogEntry } from '@/utils/catalog/types';

/**
 * The user entries of a compiled catalog (`catalogWith(userEntries)`), for the classifier.
 *
 * Why: `classifyDestination` compiles its catalog from a user-entry array (cached per array), so
 * `analyse` hands it the entries of the catalog it was given. Settings that carry the array win;
 * otherwise the entries that are not built in are read from the catalog once and cached.
 */

const BUILTIN = new Set<CatalogEntry>(BUILTIN_CATALOG);
const cache = new WeakMap<CompiledCatalog, readonly CatalogEntry[] | undefined>();

export function userEntriesOf(catalog: CompiledCatalog | undefined, fromSettings?: readonly CatalogEntry[]): readonly CatalogEntry[] | undefined {
  if (fromSettings) return fromSettings;
  if (!catalog) return undefined;
  if (!cache.has(catalog)) {
    const own = catalog.entries.filter((e) => !BUILTIN.has(e));
    cache.set(catalog, own.length ? own : undefined);
  }
  return cache.get(catalog);
}
