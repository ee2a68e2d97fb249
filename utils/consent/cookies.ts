// `document.cookie` → name/value map, bounded against hostile pages.

export const MAX_COOKIES = 200;
export const MAX_COOKIE_VALUE = 4096;
export const MAX_COOKIE_NAME = 256;
const MAX_INPUT = MAX_COOKIES * (MAX_COOKIE_VALUE + 256);

function decode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** First occurrence of a name wins, as in browsers' most-specific-path-first order. */
export function parseCookies(header: unknown): Record<string, string> {
  const out: Record<string, string> = Object.create(null) as Record<string, string>;
  if (typeof header !== 'string') return out;
  let count = 0;
  for (const part of header.slice(0, MAX_INPUT).split(';')) {
    if (count >= MAX_COOKIES) break;
    const eq = part.indexOf('=');
    if (eq <= 0) continue;
    const name = part.slice(0, eq).trim().slice(0, MAX_COOKIE_NAME);
    if (!name || name in out) continue;
    out[name] = decode(part.slice(eq + 1).trim().slice(0, MAX_COOKIE_VALUE));
    count++;
  }
  return out;
}

/** Names of cookies starting with `prefix`, in insertion order. */
export function cookiesWithPrefix(cookies: Record<string, string>, prefix: string): string[] {
  return Object.keys(cookies).filter((name) => name.startsWith(prefix));
}
