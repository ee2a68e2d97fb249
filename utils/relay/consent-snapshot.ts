import { consentState } from '../consent/consent-state';
import { extractConsentFacts } from '../consent/extract';
import type { ConsentSnapshot } from '../hook-event';

// The consent state the relay can read from the isolated world (cookies, banners), at most every
// 250 ms: enough to tell "before consent" from "after", at a bounded cost per burst of requests.

export function createConsentReader(win: unknown, now: () => number, everyMs = 250): () => ConsentSnapshot {
  let last: { at: number; value: ConsentSnapshot } | undefined;
  return () => {
    if (last && now() - last.at < everyMs) return last.value;
    const { cmp, state, categories } = consentState(extractConsentFacts(win));
    last = { at: now(), value: { cmp, state, ...(categories ? { categories } : {}) } };
    return last.value;
  };
}
