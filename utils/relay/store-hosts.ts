// Whether a Store API / `?wc-ajax=` answer the hook copied comes from the store itself: the
// document's own origin, or one of `settings.storeHosts` (a headless front end's API host, a
// second domain). Entries read as the catalog reads store endpoints (`utils/catalog/endpoints.ts`,
// not imported: its public-suffix list would weigh on a script that runs in every frame): an
// origin compares host and port, a bare host any port, `*.host` its subdomains, a path its prefix.

/** Store hosts the relay takes from the scope reply, and their length, at most. */
export const MAX_STORE_HOSTS = 200;
const MAX_ENTRY = 300;

const DEFAULT_PORT: Record<string, string> = { 'http:': '80', 'https:': '443' };
const portOf = (url: URL): string => url.port || DEFAULT_PORT[url.protocol] || '';

function parse(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

function matches(entry: string, url: URL): boolean {
  const withScheme = entry.includes('://');
  const e = parse(withScheme ? entry : `http://${entry}`);
  if (!e) return false;
  const wildcard = e.hostname.startsWith('*.');
  const host = wildcard ? e.hostname.slice(2) : e.hostname;
  if (wildcard ? !url.hostname.endsWith(`.${host}`) : url.hostname !== host) return false;
  if (withScheme ? portOf(e) !== portOf(url) : e.port !== '' && e.port !== portOf(url)) return false;
  const prefix = withScheme && e.pathname !== '/' ? e.pathname : null;
  return !prefix || url.pathname === prefix || url.pathname.startsWith(prefix.endsWith('/') ? prefix : `${prefix}/`);
}

/** The store hosts of a scope reply (untrusted message): strings only, bounded. */
export function readStoreHosts(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  const out: string[] = [];
  for (const entry of value.slice(0, MAX_STORE_HOSTS)) if (typeof entry === 'string' && entry.length <= MAX_ENTRY && entry.trim()) out.push(entry.trim().toLowerCase());
  return out;
}

/** True when `url` is on the document's origin or one of the store hosts (http(s) only). */
export function isStoreUrl(url: string, documentOrigin: string, storeHosts: readonly string[]): boolean {
  const u = parse(url);
  if (!u || (u.protocol !== 'http:' && u.protocol !== 'https:')) return false;
  return u.origin === documentOrigin || storeHosts.some((entry) => matches(entry, u));
}
