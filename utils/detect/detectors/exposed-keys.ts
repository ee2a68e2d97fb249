import { splitUrl } from '../url-parts';

// Keys in a header, URL parameter or WebSocket subprotocol that have no recognisable prefix, and the
// vendor keys that are public by design (Algolia search-only keys, Google Maps/Firebase browser keys).

/** Headers that carry an API key as their whole value. */
const KEY_HEADERS = new Set(['x-api-key', 'api-key', 'x-goog-api-key', 'openai-api-key', 'x-openai-api-key', 'x-anthropic-api-key', 'x-key', 'apikey']);

/** URL / form parameters that carry an API key. */
const KEY_PARAMS = /^(x-)?api[-_]?key$/i;

const TOKEN = /^[A-Za-z0-9_\-.]{16,200}$/;

/** A random-looking token: letters and digits mixed, not a word or a number. */
export function looksLikeKey(v: string): boolean {
  return TOKEN.test(v) && /\d/.test(v) && /[A-Za-z]/.test(v) && !/^\d+(\.\d+)*$/.test(v);
}

export function isKeyHeader(name: string): boolean {
  return KEY_HEADERS.has(name.toLowerCase());
}

export function isKeyParam(name: string): boolean {
  return KEY_PARAMS.test(name);
}

function hostOf(url: string): string {
  return splitUrl(url).origin.replace(/^[a-z]+:\/\//i, '').replace(/:\d+$/, '').toLowerCase();
}

export function isAlgoliaHost(url: string): boolean {
  return /(^|\.)(algolia\.net|algolianet\.com|algolia\.io)$/.test(hostOf(url));
}

/**
 * An Algolia key is secret when it is used for a write (indexing, settings, keys): a search-only
 * key cannot do that. A read request does not tell the two apart, so it is treated as public.
 */
export function isAlgoliaWrite(url: string, method: string): boolean {
  const m = method.toUpperCase();
  if (m === 'PUT' || m === 'DELETE' || m === 'PATCH') return true;
  const path = '/' + splitUrl(url).segments.join('/');
  if (/^\/1\/keys(\/|$)/.test(path)) return true;
  if (/^\/1\/indexes\/[^/]+\/(batch|clear|settings|synonyms|rules|deleteByQuery|operation)(\/|$)/.test(path)) return true;
  if (/^\/1\/indexes\/\*\/(batch|objects)$/.test(path)) return m === 'POST' && path.endsWith('batch');
  return m === 'POST' && /^\/1\/indexes\/[^/*]+$/.test(path);
}

/** Google browser keys for Maps, Firebase and reCAPTCHA are restricted by referrer and meant to be public. */
const PUBLIC_GOOGLE = /^(maps\.googleapis\.com|maps\.google\.com|[a-z0-9-]+\.firebaseio\.com|firebase[a-z]*\.googleapis\.com|identitytoolkit\.googleapis\.com|securetoken\.googleapis\.com|www\.google\.com|www\.recaptcha\.net|youtube\.googleapis\.com|www\.youtube\.com)$/;

export function isPublicGoogleKeyHost(url: string): boolean {
  return PUBLIC_GOOGLE.test(hostOf(url));
}
