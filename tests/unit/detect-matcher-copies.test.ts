import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { matchJsonString } from '@/utils/detect/json-raw';
import { flagsOf, matchText, type HitSink } from '@/utils/detect/matcher';
import { SeedIndex, type Candidate } from '@/utils/detect/seed-index';

// json-raw.ts keeps its own copy of matchText's loop (so V8 inlines it there), and flagsOf repeats the
// loop without the seed lookup: all three must say the same about any text.

const index = new SeedIndex([
  { kind: 'email', value: 'zoe.angstrom@example.com', shopperId: 's' },
  { kind: 'full-name', value: 'Zoë Ångström', shopperId: 's' },
  { kind: 'cart-sku', value: 'WC-ALP-1042', shopperId: 's' },
  { kind: 'phone', value: '+44 20 7946 0123', shopperId: 's' },
]);

function run(match: typeof matchText, s: string, from: number, to: number) {
  const hits: string[] = [];
  const sink: HitSink = { hit: (c: Candidate, a: number, b: number) => void hits.push(`${c.seed.id}:${c.tail.join('>')}:${a}-${b}`) };
  return { flags: match(index, s, from, to, sink), hits };
}

// Text made of seed pieces, key prefixes, digits, encodings and noise, so hits and every flag occur.
const piece = fc.constantFrom('zoe.angstrom@example.com', 'Zoë Ångström', 'WC-ALP-1042', '020 7946 0123', 'sk-proj-', 'AIza', 'hf_', '%40', '&amp;', '\\u00e9', '{"a":1}', '=', ':', '-', ' ', 'aB9', '4111 1111 1111 1111', 'DE89370400440532013000');
const text = fc.array(fc.oneof(piece, fc.string({ maxLength: 6 })), { maxLength: 12 }).map((parts) => parts.join(''));

describe('the copies of the matcher loop agree', () => {
  it('matchJsonString finds the same hits and flags as matchText on any range of any text', () => {
    fc.assert(fc.property(text, fc.nat(), fc.nat(), (s, a, b) => {
      const from = s.length ? a % (s.length + 1) : 0;
      const to = from + (s.length - from ? b % (s.length - from + 1) : 0);
      expect(run(matchJsonString, s, from, to)).toEqual(run(matchText, s, from, to));
    }), { numRuns: 500 });
  });

  it('flagsOf gives the flags matchText gives for the whole text and for any range of it', () => {
    fc.assert(fc.property(text, fc.nat(), fc.nat(), (s, a, b) => {
      const from = s.length ? a % (s.length + 1) : 0;
      const to = from + (s.length - from ? b % (s.length - from + 1) : 0);
      expect(flagsOf(s)).toBe(run(matchText, s, 0, s.length).flags);
      expect(flagsOf(s, from, to)).toBe(run(matchText, s, from, to).flags);
    }), { numRuns: 500 });
  });

  it('finds the seeds the generator plants (the comparison is not between two empty answers)', () => {
    expect(run(matchJsonString, 'mail zoe.angstrom@example.com and WC-ALP-1042', 0, 46).hits.length).toBeGreaterThanOrEqual(2);
  });
});
