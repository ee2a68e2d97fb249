// Origins are scheme + host + port, as the browser serialises them ("http://store.test:8080").

/** The origin of an http(s) URL or origin string, or null when it has none we can monitor. */
export function originOf(input: string): string | null {
  try {
    const url = new URL(input.trim());
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
    return url.origin;
  } catch {
    return null;
  }
}

export interface MonitoredOrigin {
  origin: string;
  /** Also monitor any subdomain of the origin's host, on the same scheme and port. */
  includeSubdomains: boolean;
}

/** True when the URL's origin is one of the monitored stores. */
export function isMonitoredUrl(url: string | undefined, monitored: readonly MonitoredOrigin[]): boolean {
  if (!url) return false;
  const origin = originOf(url);
  if (!origin) return false;
  const target = new URL(origin);
  return monitored.some((entry) => {
    if (entry.origin === origin) return true;
    if (!entry.includeSubdomains) return false;
    const base = new URL(entry.origin);
    return (
      base.protocol === target.protocol &&
      base.port === target.port &&
      target.hostname.endsWith(`.${base.hostname}`)
    );
  });
}
