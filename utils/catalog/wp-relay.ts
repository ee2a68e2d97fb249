import { compilePathPatterns, type PathMatcher } from './path-pattern';
import type { CatalogEntry } from './types';

/**
 * WordPress AI plugin routes on the store's own origin: REST routes and admin-ajax.php actions.
 *
 * Why: AI plugins relay the shopper's text through the store (`/wp-json/mwai-ui/v1/chats/submit`,
 * `admin-ajax.php?action=aipkit_frontend_chat_stream`) and call the AI vendor server-side, so
 * the route is the only browser-visible evidence. REST routes are normalised from pretty
 * permalinks, sub-directory installs and `?rest_route=`.
 */

export interface PluginIndex {
  rest: { entry: CatalogEntry; match: PathMatcher }[];
  actions: Map<string, CatalogEntry[]>;
  prefixes: { prefix: string; entry: CatalogEntry }[];
}

export interface PluginRouteMatch {
  /** Every plugin the route belongs to (more than one when plugins share an action name). */
  plugins: CatalogEntry[];
  /** `/wp-json/…` route, or `admin-ajax.php?action=…`. */
  route: string;
}

export function compilePluginIndex(entries: readonly CatalogEntry[]): PluginIndex {
  const index: PluginIndex = { rest: [], actions: new Map(), prefixes: [] };
  for (const entry of entries) {
    if (entry.category !== 'wp-plugin') continue;
    if (entry.pathHints.length) index.rest.push({ entry, match: compilePathPatterns(entry.pathHints) });
    for (const action of entry.ajaxActions ?? []) index.actions.set(action, [...(index.actions.get(action) ?? []), entry]);
    for (const prefix of entry.ajaxActionPrefixes ?? []) index.prefixes.push({ prefix, entry });
  }
  return index;
}

/** The request's WordPress REST route as `/wp-json/<route>`, or null when it is not a REST call. */
export function wpRestRoute(url: URL): string | null {
  const param = url.searchParams.get('rest_route');
  if (param !== null) return `/wp-json${param.startsWith('/') ? '' : '/'}${param}`;
  const at = url.pathname.indexOf('/wp-json/');
  return at >= 0 ? url.pathname.slice(at) : null;
}

function decode(value: string): string {
  try {
    return decodeURIComponent(value.replace(/\+/g, ' '));
  } catch {
    return value;
  }
}

/** The admin-ajax.php `action` from the query, or a form-urlencoded, multipart or JSON body. */
export function ajaxAction(url: URL, bodyText?: string): string | null {
  if (!url.pathname.endsWith('/admin-ajax.php')) return null;
  const fromQuery = url.searchParams.get('action');
  if (fromQuery) return fromQuery;
  if (!bodyText) return null;
  const form = /(?:^|&)action=([^&]*)/.exec(bodyText);
  if (form) return decode(form[1]!);
  const part = /name="action"\r?\n(?:[^\r\n]+\r?\n)*\r?\n([^\r\n]*)/.exec(bodyText);
  if (part) return part[1]!;
  return /"action"\s*:\s*"([^"\\]*)"/.exec(bodyText)?.[1] ?? null;
}

export function matchPluginRoute(index: PluginIndex, url: URL, bodyText?: string): PluginRouteMatch | null {
  const rest = wpRestRoute(url);
  if (rest) {
    const plugins = index.rest.filter((r) => r.match(rest)).map((r) => r.entry);
    return plugins.length ? { plugins, route: rest } : null;
  }
  const action = ajaxAction(url, bodyText);
  if (!action) return null;
  const plugins = [...(index.actions.get(action) ?? []), ...index.prefixes.filter((p) => action.startsWith(p.prefix)).map((p) => p.entry)];
  return plugins.length ? { plugins: [...new Set(plugins)], route: `admin-ajax.php?action=${action}` } : null;
}
