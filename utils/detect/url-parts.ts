import { percentDecode } from './percent';

// URLs and application/x-www-form-urlencoded text split into named parts, without the URL class
// (which re-encodes what it parses and throws on odd input).

export interface FormPair {
  name: string;
  value: string;
  /** The value before decoding. */
  raw: string;
}

/** Parses `a=1&b=2` (also `;`-free query strings and fragments); '+' is a space. */
export function parseForm(text: string): FormPair[] {
  const out: FormPair[] = [];
  for (const piece of text.split('&')) {
    if (piece === '') continue;
    const eq = piece.indexOf('=');
    const rawName = eq === -1 ? piece : piece.slice(0, eq);
    const raw = eq === -1 ? '' : piece.slice(eq + 1);
    out.push({ name: percentDecode(rawName, true), value: percentDecode(raw, true), raw });
  }
  return out;
}

const FORM_KEY = /^[\w.\-[\]%$:@!~*()'|]{1,128}$/;

/** True when the text reads as `name=value(&name=value)*` with plausible names and no whitespace. */
export function looksLikeForm(text: string): boolean {
  const eq = text.indexOf('=');
  if (eq <= 0 || eq > 128 || /\s/.test(text.length > 4096 ? text.slice(0, 4096) : text)) return false;
  if (/^[A-Za-z0-9+/_-]+=+$/.test(text)) return false; // padded base64 or lz-string
  let checked = 0;
  for (const piece of text.split('&', 16)) {
    const k = piece.indexOf('=');
    if (k <= 0 || !FORM_KEY.test(piece.slice(0, k))) return piece === '' && checked > 0;
    checked++;
  }
  return checked > 0;
}

export interface UrlParts {
  /** scheme://host[:port], empty for a relative URL. */
  origin: string;
  segments: string[];
  query: string | null;
  fragment: string | null;
}

export function splitUrl(url: string): UrlParts {
  const hash = url.indexOf('#');
  const fragment = hash === -1 ? null : url.slice(hash + 1);
  const end = hash === -1 ? url.length : hash;
  let q = url.indexOf('?');
  if (q > end) q = -1;
  const query = q === -1 ? null : url.slice(q + 1, end);
  const pathEnd = q === -1 ? end : q;
  const pathStart = pathStartOf(url, pathEnd);
  const segments: string[] = [];
  let from = pathStart;
  while (from < pathEnd) {
    let to = url.indexOf('/', from);
    if (to === -1 || to > pathEnd) to = pathEnd;
    if (to > from) segments.push(url.slice(from, to));
    from = to + 1;
  }
  return { origin: url.slice(0, pathStart), segments, query, fragment };
}

/** Where the path starts: after scheme://authority, found by hand (this runs for every URL-valued string of a body). */
export function pathStartOf(url: string, pathEnd: number): number {
  const sep = url.indexOf('://');
  if (sep <= 0 || sep >= pathEnd || !schemeAt(url, sep)) return 0;
  const slash = url.indexOf('/', sep + 3);
  return slash === -1 || slash > pathEnd ? pathEnd : slash;
}

/** url[0, end) is a scheme: a letter, then letters, digits, '+', '.' or '-'. */
function schemeAt(url: string, end: number): boolean {
  for (let i = 0; i < end; i++) {
    const c = url.charCodeAt(i);
    const letter = (c | 32) >= 97 && (c | 32) <= 122;
    if (!letter && (i === 0 || !((c >= 48 && c <= 57) || c === 43 || c === 46 || c === 45))) return false;
  }
  return true;
}

/** True for absolute http(s) URLs and root-relative paths with a query. */
export function looksLikeUrl(text: string): boolean {
  const c = text.charCodeAt(0);
  if (c !== 104 && c !== 72 && c !== 47) return false;
  return /^https?:\/\/[^\s/]+/i.test(text) || (text.startsWith('/') && text.includes('?') && !/\s/.test(text));
}

/**
 * looksLikeUrl's first case (`http://` or `https://` in any case, then a host character), by hand; false
 * also when unsure (a host character outside printable ASCII): the caller then takes the general path.
 */
export function httpUrlAt(s: string, from: number, to: number): boolean {
  if (to - from < 8 || (s.charCodeAt(from) | 32) !== 104 || (s.charCodeAt(from + 1) | 32) !== 116 || (s.charCodeAt(from + 2) | 32) !== 116 || (s.charCodeAt(from + 3) | 32) !== 112) return false;
  let i = from + 4;
  if ((s.charCodeAt(i) | 32) === 115) i++;
  if (i + 3 >= to || s.charCodeAt(i) !== 58 || s.charCodeAt(i + 1) !== 47 || s.charCodeAt(i + 2) !== 47) return false;
  const host = s.charCodeAt(i + 3);
  return host > 32 && host < 127 && host !== 47;
}
