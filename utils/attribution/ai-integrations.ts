import type { CompiledCatalog } from '@/utils/catalog/catalog';
import type { CatalogEntry } from '@/utils/catalog/types';
import { pluginEntryForAsset } from './plugin-assets';
import type { Component } from './types';

/**
 * "AI integration present" evidence from what the page loads.
 *
 * Why: a catalogued AI widget's loader, an AI plugin's script, or the page global either sets up
 * shows the integration is live on this page, before any data is seen; lists of installed plugins
 * (wcSettings in wp-admin) include inactive ones and are never used.
 */

export interface AiIntegration {
  /** Catalog entry id. */
  entryId: string;
  vendor: string;
  product?: string;
  /** The plugin folder, when the evidence is a plugin asset. */
  plugin?: string;
  kind: 'loader' | 'plugin-asset' | 'global';
  /** The script URL, or `window.<name>`. */
  evidence: string;
}

const named = (entry: CatalogEntry) => ({ entryId: entry.id, vendor: entry.vendor, ...(entry.product && { product: entry.product }) });

/** Integration evidence from one attributed script or iframe, or null. */
export function integrationOfComponent(component: Component & { url: string }, catalog: CompiledCatalog): AiIntegration | null {
  if (component.kind === 'widget' && component.slug) {
    const entry = catalog.entries.find((e) => e.id === component.slug);
    return entry ? { ...named(entry), kind: 'loader', evidence: component.url } : null;
  }
  if (component.kind === 'plugin') {
    const entry = pluginEntryForAsset(catalog, component.path);
    if (entry) return { ...named(entry), ...(component.slug && { plugin: component.slug }), kind: 'plugin-asset', evidence: component.url };
  }
  return null;
}

/** Integration evidence from the names of the page's globals. */
export function integrationsOfGlobals(globals: readonly string[], catalog: CompiledCatalog): AiIntegration[] {
  const present = new Set(globals);
  const found: AiIntegration[] = [];
  for (const entry of catalog.entries) {
    for (const name of entry.globals ?? []) {
      if (present.has(name)) found.push({ ...named(entry), kind: 'global', evidence: `window.${name}` });
    }
  }
  return found;
}
