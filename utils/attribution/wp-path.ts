import type { Component } from './types';

/**
 * WordPress components from a URL path: `/wp-content/plugins/<slug>/…`, `/wp-content/themes/<slug>/…`,
 * `/wp-content/mu-plugins/…`, `/wp-includes/…` and `/wp-admin/…`, at any depth.
 *
 * Why: sub-directory installs (`/blog/wp-content/…`) put a prefix in front, and page-cache plugins
 * keep the original path inside their own folder (`/wp-content/cache/min/1/wp-content/plugins/…`),
 * so the last `wp-content/<kind>/` marker in the path names the component; core folders count
 * only when no such marker is present.
 */

export type WpPart = Pick<Component, 'kind' | 'slug' | 'path'>;

const CONTENT_KINDS = new Map<string, Component['kind']>([['plugins', 'plugin'], ['themes', 'theme'], ['mu-plugins', 'mu-plugin']]);

function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

const stripExtension = (file: string) => file.replace(/\.[^.]*$/, '');

function contentPart(kind: Component['kind'], rest: string[]): WpPart | null {
  const [folder, ...inside] = rest;
  if (!folder) return null;
  if (inside.length === 0) {
    // A single-file plugin or mu-plugin sits directly in the folder; a theme never does.
    return kind === 'theme' ? null : { kind, slug: stripExtension(folder) || folder, path: folder };
  }
  return { kind, slug: folder, path: inside.join('/') };
}

/** The WordPress component a path belongs to, or null when the path shows none. */
export function wpPartOfPath(pathname: string): WpPart | null {
  const segments = pathname.split('/').map(decodeSegment);
  for (let i = segments.length - 2; i >= 0; i--) {
    const kind = segments[i] === 'wp-content' ? CONTENT_KINDS.get(segments[i + 1]!) : undefined;
    if (kind) return contentPart(kind, segments.slice(i + 2));
  }
  // Core only outside any plugin or theme folder (a plugin may ship its own `wp-admin/` folder).
  const core = segments.findIndex((segment) => segment === 'wp-includes' || segment === 'wp-admin');
  return core >= 0 ? { kind: 'core', path: segments.slice(core).join('/') } : null;
}

const VERSION = /^[\w.+-]{1,40}$/;

/** The `?ver=` WordPress appends to enqueued assets, when it looks like a version. */
export function versionParam(url: URL): string | undefined {
  const ver = url.searchParams.get('ver')?.trim();
  return ver && VERSION.test(ver) ? ver : undefined;
}

export const isVersion = (value: string | undefined): value is string => !!value && VERSION.test(value);
