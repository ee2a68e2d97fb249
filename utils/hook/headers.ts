import type { Builtins } from './builtins';
import { invoke } from './call';

// Headers as the page passed them, normalised by the browser's own Headers class.

const MAX_HEADERS = 500;

export function headerPairs(B: Builtins, init: unknown): [string, string][] | undefined {
  try {
    const headers = B.Headers && (probe(B, init) ? init : new B.Headers(init as HeadersInit));
    const pairs: [string, string][] = [];
    invoke(B, B.headersForEach, headers, [
      (value: string, name: string) => {
        if (pairs.length < MAX_HEADERS) pairs[pairs.length] = [name, value];
      },
    ]);
    return pairs;
  } catch {
    return undefined;
  }
}

// A real Headers object is read as is (no copy), anything else goes through the constructor.
function probe(B: Builtins, value: unknown): boolean {
  try {
    invoke(B, B.headersGet, value, ['']);
    return true;
  } catch {
    return false;
  }
}
