/**
 * Loopback and private-network hosts.
 *
 * Why: an AI server on the shopper's machine or the merchant's LAN (Ollama on 127.0.0.1:11434) is
 * sovereign/local traffic, reported as info and never as a leak. Hosts arrive as the URL parser
 * serialises them (IPv4 dotted decimal, IPv6 compressed, no brackets after normaliseHost).
 */

export type AddressScope = 'loopback' | 'private';

const LOCAL_NAMES: [suffix: string, scope: AddressScope][] = [
  ['localhost', 'loopback'], ['local', 'private'], ['internal', 'private'], ['home.arpa', 'private'],
];

function ipv4Scope(host: string): AddressScope | null | undefined {
  const m = /^(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(host);
  if (!m) return undefined;
  const [a, b] = [Number(m[1]), Number(m[2])];
  if (a === 127 || a === 0) return 'loopback';
  if (a === 10 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168)) return 'private';
  if ((a === 169 && b === 254) || (a === 100 && b >= 64 && b <= 127)) return 'private'; // link-local, CGNAT
  return null;
}

function ipv6Scope(host: string): AddressScope | null {
  if (host === '::1' || host === '::') return 'loopback';
  const mapped = /^::ffff:([0-9a-f]{1,4}):([0-9a-f]{1,4})$/.exec(host);
  if (mapped) {
    const [hi, lo] = [parseInt(mapped[1]!, 16), parseInt(mapped[2]!, 16)];
    return ipv4Scope(`${hi >> 8}.${hi & 255}.${lo >> 8}.${lo & 255}`) ?? null;
  }
  if (/^f[cd][0-9a-f]{0,2}:/.test(host) || /^fe[89ab][0-9a-f]?:/.test(host)) return 'private'; // fc00::/7, fe80::/10
  return null;
}

/** 'loopback', 'private', or null for a public host. `host` must be normalised (domain.ts). */
export function addressScope(host: string): AddressScope | null {
  if (host.includes(':')) return ipv6Scope(host);
  const v4 = ipv4Scope(host);
  if (v4 !== undefined) return v4;
  for (const [suffix, scope] of LOCAL_NAMES) if (host === suffix || host.endsWith(`.${suffix}`)) return scope;
  return null;
}
