import { CHAT_WIDGET_ENTRIES } from './entries-chat-widgets';
import { LLM_API_ENTRIES } from './entries-llm-api';
import { LOCAL_LLM_ENTRIES } from './entries-local';
import { SEARCH_RECS_ENTRIES } from './entries-search-recs';
import { SESSION_ANALYTICS_ENTRIES } from './entries-session-analytics';
import { WP_PLUGIN_ENTRIES } from './entries-wp-plugins';
import { compileLocalServers, type LocalServerIndex } from './local-servers';
import { compileHostIndex, type HostIndex } from './match-host';
import type { CatalogEntry } from './types';
import { compilePluginIndex, type PluginIndex } from './wp-relay';

/**
 * The built-in catalog and its compiled form.
 *
 * Why: compiling (host Maps, path RegExps, plugin routes) happens once per entry list, not per
 * request. The built-in catalog is compiled on first use; a user list is compiled once per array
 * identity (settings hand out a new array when they change), with user entries ahead of built-in
 * ones so they win ties.
 */

export const BUILTIN_CATALOG: readonly CatalogEntry[] = [
  ...LLM_API_ENTRIES,
  ...CHAT_WIDGET_ENTRIES,
  ...SEARCH_RECS_ENTRIES,
  ...SESSION_ANALYTICS_ENTRIES,
  ...LOCAL_LLM_ENTRIES,
  ...WP_PLUGIN_ENTRIES,
];

export interface CompiledCatalog {
  entries: readonly CatalogEntry[];
  hosts: HostIndex;
  plugins: PluginIndex;
  local: LocalServerIndex;
}

export function compileCatalog(entries: readonly CatalogEntry[]): CompiledCatalog {
  return { entries, hosts: compileHostIndex(entries), plugins: compilePluginIndex(entries), local: compileLocalServers(entries) };
}

let builtin: CompiledCatalog | undefined;
const withUser = new WeakMap<readonly CatalogEntry[], CompiledCatalog>();

/** The compiled catalog for built-in entries plus these user entries (cached). */
export function catalogWith(userEntries?: readonly CatalogEntry[]): CompiledCatalog {
  if (!userEntries?.length) return (builtin ??= compileCatalog(BUILTIN_CATALOG));
  let compiled = withUser.get(userEntries);
  if (!compiled) withUser.set(userEntries, (compiled = compileCatalog([...userEntries, ...BUILTIN_CATALOG])));
  return compiled;
}
