import { normaliseHost, registrableDomain } from './domain';

/**
 * User-listed endpoints: the store's own origins and hosts, and endpoints marked sovereign.
 *
 * Why: the store's origin is first-party even on loopback (a dev store on 127.0.0.1:8080 is not
 * "local AI"), while another port on the same machine (Ollama on :11434) is not the store. So an
 * origin compares host and effective port; a bare host (`cdn.shop.test`) any port; `*.host`
 * its subdomains; a URL with a path (`https://llm.example/v1/`) that path prefix.
 */

interface Endpoint {
  host: string;
  subdomains: boolean;
  port: string | null;
  pathPrefix: string | null;
}

export interface EndpointSet {
  matches(url: URL): boolean;
  /** Registrable domains of the listed hosts (for "same site as the store"). */
  sites: ReadonlySet<string>;
}

const DEFAULT_PORT: Record<string, string> = { 'http:': '80', 'ws:': '80', 'https:': '443', 'wss:': '443' };
export const effectivePort = (url: URL): string => url.port || DEFAULT_PORT[url.protocol] || '';

function parseEndpoint(raw: string): Endpoint | null {
  const text = raw.trim();
  if (!text) return null;
  const hasScheme = text.includes('://');
  let url: URL;
  try {
    url = new URL(hasScheme ? text : `http://${text}`);
  } catch {
    return null;
  }
  let host = normaliseHost(url.hostname);
  const subdomains = host.startsWith('*.');
  if (subdomains) host = host.slice(2);
  const port = hasScheme ? effectivePort(url) : url.port || null;
  const pathPrefix = hasScheme && url.pathname !== '/' ? url.pathname : null;
  return { host, subdomains, port, pathPrefix };
}

function matchesOne(e: Endpoint, url: URL, host: string, port: string): boolean {
  if (e.subdomains ? !host.endsWith(`.${e.host}`) : host !== e.host) return false;
  if (e.port !== null && e.port !== port) return false;
  if (!e.pathPrefix) return true;
  return url.pathname === e.pathPrefix || url.pathname.startsWith(e.pathPrefix.endsWith('/') ? e.pathPrefix : `${e.pathPrefix}/`);
}

export function compileEndpoints(list: readonly string[]): EndpointSet {
  const endpoints = list.map(parseEndpoint).filter((e): e is Endpoint => e !== null);
  const sites = new Set(endpoints.map((e) => registrableDomain(e.host)).filter((d): d is string => d !== null));
  return {
    sites,
    matches(url) {
      if (!endpoints.length) return false;
      const host = normaliseHost(url.hostname);
      const port = effectivePort(url);
      return endpoints.some((e) => matchesOne(e, url, host, port));
    },
  };
}
