import { scoreSignals } from '@/utils/catalog/ai-signals';
import type { Destination } from '@/utils/catalog/destination';
import type { Confidence } from '@/utils/finding';
import type { MatchSource } from './matches';

/**
 * How sure a finding is that this data reached AI.
 *
 * Why these steps: a catalogued host plus a match of the shopper's own seed is as sure as
 * Leakscope gets; a host the reference only saw in snippets, or a whole-domain match, is one step
 * less. An unlisted endpoint is as sure as the wire signals that recognised it. A relay only
 * *may* forward data server-side, so it is one step below the route's own confidence. A generic
 * detector hit (an email address that is not a seed) is one step lower, and a partially scanned
 * request one step more.
 */

const LEVELS: Confidence[] = ['high', 'medium', 'low'];

export function lower(c: Confidence, steps = 1): Confidence {
  return LEVELS[Math.min(LEVELS.indexOf(c) + steps, LEVELS.length - 1)]!;
}

function destinationConfidence(dest: Destination): Confidence {
  switch (dest.kind) {
    case 'catalogued':
      return dest.entry.unverified || dest.via === 'registrable-domain' ? 'medium' : 'high';
    case 'unlisted-ai':
      return dest.confidence;
    case 'first-party-relay':
      return lower(dest.confidence);
    case 'sovereign-local':
      return dest.reason === 'user-marked' || dest.entry ? 'high' : (scoreSignals(dest.signals).confidence ?? 'low');
    default:
      return 'low';
  }
}

/** Generic detectors that can fire on data that is not the shopper's (a shop's support address). */
const GENERIC = new Set(['email-address', 'phone-number']);

export function confidenceOf(dest: Destination, opts: { category?: string; source?: MatchSource; partial: boolean }): Confidence {
  let c = destinationConfidence(dest);
  if (opts.source === 'detector' && opts.category && GENERIC.has(opts.category)) c = lower(c);
  return opts.partial ? lower(c) : c;
}
