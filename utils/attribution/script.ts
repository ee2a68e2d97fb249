import { normaliseHost } from '@/utils/catalog/domain';
import { matchHost } from '@/utils/catalog/match-host';
import { JETPACK_CDN_HOST, jetpackCdnPart } from './jetpack-cdn';
import { pluginEntryForAsset } from './plugin-assets';
import type { AttributionContext, Component } from './types';
import { versionParam, wpPartOfPath } from './wp-path';

/**
 * A script (or iframe, or document) URL → the component responsible for it.
 *
 * Why: findings name the plugin, theme, core or widget that sent the data. Rules, in order, each
 * named in `method`: 'unparseable' / 'non-http' (no component), 'jetpack-cdn' (`c0.wp.com`),
 * 'wp-path' (store origin) or 'wp-path-cdn' (another host serving `wp-content` paths, e.g. a CDN),
 * 'catalog-loader' (a widget loader host of the catalog) or 'catalog-host' (another host of a
 * catalogued vendor), 'store-path' (the store's own non-WordPress path), 'host-path' (anything else).
 */

function parse(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

function originOf(value: string): string | null {
  return parse(value)?.origin ?? null;
}

function withPluginVendor(component: Component, ctx: AttributionContext): Component {
  if (component.kind !== 'plugin') return component;
  const entry = pluginEntryForAsset(ctx.catalog, component.path);
  return entry ? { ...component, vendor: entry.vendor } : component;
}

export function attributeScript(url: string, ctx: AttributionContext): Component {
  const parsed = parse(url.trim());
  if (!parsed) return { kind: 'unknown', method: 'unparseable' };
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return { kind: 'unknown', method: 'non-http' };
  const host = normaliseHost(parsed.hostname);
  const path = parsed.pathname;
  const onStore = ctx.storeOrigins.some((origin) => originOf(origin) === parsed.origin);

  if (host === JETPACK_CDN_HOST) {
    const part = jetpackCdnPart(path);
    if (part) return withPluginVendor({ ...part, host, method: 'jetpack-cdn' }, ctx);
  }
  const wp = wpPartOfPath(path);
  if (wp) {
    const version = versionParam(parsed);
    const component: Component = { ...wp, ...(version && { version }), ...(!onStore && { host }), method: onStore ? 'wp-path' : 'wp-path-cdn' };
    return withPluginVendor(component, ctx);
  }
  if (onStore) return { kind: 'unknown', path, method: 'store-path' };

  const match = matchHost(ctx.catalog.hosts, host, path);
  if (match?.role === 'loader') return { kind: 'widget', slug: match.entry.id, vendor: match.entry.vendor, host, path, method: 'catalog-loader' };
  if (match) return { kind: 'third-party', vendor: match.entry.vendor, host, path, method: 'catalog-host' };
  return { kind: 'third-party', host, path, method: 'host-path' };
}
