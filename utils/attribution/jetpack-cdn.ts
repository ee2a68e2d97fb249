import type { Component } from './types';
import { isVersion } from './wp-path';

/**
 * Jetpack's site accelerator rewrites of plugin and core assets.
 *
 * Why: with the accelerator on, a plugin's script is served from `c0.wp.com/p/<slug>/<version>/…`
 * and core's from `c0.wp.com/c/<version>/wp-includes/…`, so the store's own paths disappear from
 * the URL but the slug and the version are still in it.
 */

export const JETPACK_CDN_HOST = 'c0.wp.com';

/** The component a `c0.wp.com` path names, or null for other paths. */
export function jetpackCdnPart(pathname: string): Pick<Component, 'kind' | 'slug' | 'version' | 'path'> | null {
  const [, area, ...rest] = pathname.split('/');
  if (area === 'p') {
    const [slug, version, ...inside] = rest;
    if (!slug || !isVersion(version) || inside.length === 0) return null;
    return { kind: 'plugin', slug, version, path: inside.join('/') };
  }
  if (area === 'c') {
    const [version, top, ...inside] = rest;
    if (!isVersion(version) || (top !== 'wp-includes' && top !== 'wp-admin') || inside.length === 0) return null;
    return { kind: 'core', version, path: [top, ...inside].join('/') };
  }
  return null;
}
