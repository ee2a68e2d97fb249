import { redact } from '@/utils/detect';

/**
 * A stored URL with the query values, path segments and fragment that carried matched values
 * masked (issue 3 §6: "Stored URLs mask query values that match seeds").
 *
 * Why both ways of finding them: a match's chain names where in the request URL it was found
 * (`query:email`, `path[2]`, `fragment`) even when the value was encoded (base64 inside a query
 * value); a part that contains a matched value verbatim is masked too, whatever chain found it.
 * Parts are cut like the matcher cuts them (non-empty path segments, `&`-separated pairs).
 */

export interface UrlMatch {
  category: string;
  chain: readonly string[];
  value: string;
}

const MASK = '***';

function decode(text: string, plus: boolean): string {
  try {
    return decodeURIComponent(plus ? text.replace(/\+/g, ' ') : text);
  } catch {
    return text;
  }
}

class Masker {
  readonly names = new Set<string>();
  readonly segments = new Set<number>();
  fragment = false;
  private readonly values: { lower: string; value: string; category: string }[] = [];

  constructor(matches: readonly UrlMatch[]) {
    for (const m of matches) {
      const first = m.chain[0] ?? '';
      if (first.startsWith('query:')) this.names.add(first.slice(6));
      const seg = /^path\[(\d+)\]$/.exec(first);
      if (seg) this.segments.add(Number(seg[1]));
      if (first === 'fragment') this.fragment = true;
      if (m.value.trim().length >= 4) this.values.push({ lower: m.value.trim().toLowerCase(), value: m.value, category: m.category });
    }
  }

  /** The masked replacement for a decoded part, or null to keep it. */
  mask(decoded: string, named: boolean): string | null {
    const lower = decoded.trim().toLowerCase();
    const exact = this.values.find((v) => v.lower === lower);
    if (exact) return encodeURIComponent(redact(exact.value, exact.category));
    return named || this.values.some((v) => lower.includes(v.lower)) ? MASK : null;
  }

  pairs(text: string): string {
    return text
      .split('&')
      .map((piece) => {
        const eq = piece.indexOf('=');
        if (eq === -1) return piece;
        const name = decode(piece.slice(0, eq), true);
        const masked = this.mask(decode(piece.slice(eq + 1), true), this.names.has(name));
        return masked === null ? piece : `${piece.slice(0, eq)}=${masked}`;
      })
      .join('&');
  }

  /** A fragment a match was found in is masked whole; otherwise like a query, or by content. */
  fragmentOf(fragment: string): string {
    if (this.fragment) return this.mask(decode(fragment, false), true) ?? MASK;
    if (fragment.includes('=')) return this.pairs(fragment);
    return this.mask(decode(fragment, false), false) ?? fragment;
  }

  path(path: string): string {
    let index = -1;
    return path
      .split('/')
      .map((seg) => {
        if (seg === '') return seg;
        index++;
        return this.mask(decode(seg, false), this.segments.has(index)) ?? seg;
      })
      .join('/');
  }
}

export function maskUrl(url: string, matches: readonly UrlMatch[]): string {
  try {
    const masker = new Masker(matches);
    const hash = url.indexOf('#');
    const beforeHash = hash === -1 ? url : url.slice(0, hash);
    let fragment = hash === -1 ? null : url.slice(hash + 1);
    const q = beforeHash.indexOf('?');
    const query = q === -1 ? null : beforeHash.slice(q + 1);
    const full = q === -1 ? beforeHash : beforeHash.slice(0, q);
    const origin = /^[a-zA-Z][a-zA-Z0-9+.-]*:\/\/[^/]*/.exec(full)?.[0] ?? '';
    if (fragment !== null) fragment = masker.fragmentOf(fragment);
    return `${origin}${masker.path(full.slice(origin.length))}${query === null ? '' : `?${masker.pairs(query)}`}${fragment === null ? '' : `#${fragment}`}`;
  } catch {
    const cut = url.search(/[?#]/);
    return cut === -1 ? url : `${url.slice(0, cut)}?${MASK}`;
  }
}
