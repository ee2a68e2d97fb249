import type { CompiledCatalog } from '@/utils/catalog/catalog';
import type { CatalogEntry } from '@/utils/catalog/types';

/**
 * Catalogued AI plugins recognised by their script files.
 *
 * Why: the catalog knows an AI plugin's assets relative to its folder (`app/chatbot.js`) but not
 * the folder name, which the site owner may change; matching the file inside any plugin folder
 * names the plugin whatever it is called. A `.min` twin of a listed file counts as the same file.
 */

const byCatalog = new WeakMap<readonly CatalogEntry[], Map<string, CatalogEntry>>();

const withoutMin = (path: string) => path.replace(/\.min\.(js|css)$/, '.$1');

function assetIndex(catalog: CompiledCatalog): Map<string, CatalogEntry> {
  let index = byCatalog.get(catalog.entries);
  if (!index) {
    index = new Map();
    for (const entry of catalog.entries) {
      if (entry.category !== 'wp-plugin') continue;
      for (const asset of entry.pluginAssets ?? []) {
        const key = withoutMin(asset.replace(/^\/+/, ''));
        if (!index.has(key)) index.set(key, entry);
      }
    }
    byCatalog.set(catalog.entries, index);
  }
  return index;
}

/** The AI plugin entry whose asset this file (path inside the plugin folder) is, if any. */
export function pluginEntryForAsset(catalog: CompiledCatalog, pathInPlugin: string | undefined): CatalogEntry | undefined {
  return pathInPlugin ? assetIndex(catalog).get(withoutMin(pathInPlugin)) : undefined;
}
