// URLs kept at rest (once raw data is dropped), in findings and in exports carry no customer value:
// every query value and fragment is masked (only a script's `ver` is kept, it is the plugin version),
// and so are path segments that hold a search term (`/search/<term>/`) or look like an email.
// Detection only masks values it knew as seeds; these URLs must also be safe for values it never learnt.

const MASK = '***';
const KEEP = new Set(['ver', 'version', 'v']); // cache busters that carry a plugin or widget version

function maskSegments(path: string): string {
  const parts = path.split('/');
  return parts
    .map((seg, i) => {
      if (seg === '') return seg;
      if (i > 0 && parts[i - 1]?.toLowerCase() === 'search') return MASK;
      return /@|%40/i.test(seg) ? MASK : seg;
    })
    .join('/');
}

function maskQuery(query: string): string {
  return query
    .split('&')
    .map((pair) => {
      const eq = pair.indexOf('=');
      if (eq === -1) return pair === '' ? pair : /@|%40/i.test(pair) ? MASK : pair;
      const name = pair.slice(0, eq);
      return KEEP.has(name.toLowerCase()) && /^[\w.-]{0,40}$/.test(pair.slice(eq + 1)) ? pair : `${name}=${MASK}`;
    })
    .join('&');
}

/** The URL with its query values, fragment and identifying path segments masked. */
export function redactUrl(url: string): string {
  const hash = url.indexOf('#');
  const beforeHash = hash === -1 ? url : url.slice(0, hash);
  const fragment = hash === -1 ? '' : url.slice(hash + 1) === '' ? '#' : `#${MASK}`;
  const q = beforeHash.indexOf('?');
  const main = q === -1 ? beforeHash : beforeHash.slice(0, q);
  const query = q === -1 ? '' : `?${maskQuery(beforeHash.slice(q + 1))}`;
  const origin = /^[a-zA-Z][a-zA-Z0-9+.-]*:\/\/[^/]*/.exec(main)?.[0];
  // Not an absolute URL (e.g. `window.chatbot`): keep what has no query or fragment.
  if (origin === undefined) return `${maskSegments(main)}${query}${fragment}`;
  // Credentials in the authority never leave.
  const authority = origin.includes('@') ? origin.replace(/\/\/[^@/]*@/, '//') : origin;
  return `${authority}${maskSegments(main.slice(origin.length))}${query}${fragment}`;
}
