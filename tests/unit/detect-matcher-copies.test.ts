import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { asciiBytes, matchJsonBytes, matchJsonString } from '@/utils/detect/json-raw';
import { flagsOf, matchText, nearDigits, type HitSink } from '@/utils/detect/matcher';
import { SeedIndex, type Candidate } from '@/utils/detect/seed-index';
import { scanRequest } from '@/utils/detect/scan-request';

// json-raw.ts keeps its own copy of matchText's loop (so V8 inlines it there), and flagsOf repeats the
// loop without the seed lookup: all three must say the same about any text.

const seeds = [
  { kind: 'email', value: 'zoe.angstrom@example.com', shopperId: 's' },
  { kind: 'full-name', value: 'Zoë Ångström', shopperId: 's' },
  { kind: 'cart-sku', value: 'WC-ALP-1042', shopperId: 's' },
  { kind: 'phone', value: '+44 20 7946 0123', shopperId: 's' },
] as const;
// The JSON loops look up one key per two characters unless some candidate is exactly 4 units long.
const indexes = [
  { name: 'no candidate of 4 units', index: new SeedIndex(seeds) },
  { name: 'a candidate of 4 units (Nora)', index: new SeedIndex([...seeds, { kind: 'first-name', value: 'Nora', shopperId: 's' }]) },
];
const index = indexes[0]!.index;

/** matchJsonBytes as a matchText-shaped function: the text's ASCII bytes, padded so that asciiBytes takes it. */
const matchBytes: typeof matchText = (idx, s, from, to, hit) => {
  const padded = s + ' '.repeat(Math.max(0, 4096 - s.length));
  const bytes = asciiBytes(padded);
  if (!bytes) throw new Error('not ASCII');
  return matchJsonBytes(idx, bytes, s, from, to, hit);
};

function run(match: typeof matchText, s: string, from: number, to: number, idx = index) {
  const hits: string[] = [];
  const sink: HitSink = { hit: (c: Candidate, a: number, b: number) => void hits.push(`${c.seed.id}:${c.tail.join('>')}:${a}-${b}`) };
  return { flags: match(idx, s, from, to, sink), hits };
}

// Text made of seed pieces, key prefixes, digits, encodings and noise, so hits and every flag occur.
const piece = fc.constantFrom('zoe.angstrom@example.com', 'Zoë Ångström', 'Nora', 'NORA', 'Zoe Angstrom', 'WC-ALP-10423', 'WC-ALP-1042', '020 7946 0123', 'sk-proj-', 'AIza', 'hf_', '%40', '&amp;', '\\u00e9', '{"a":1}', '=', ':', '-', ' ', 'aB9', '4111 1111 1111 1111', 'DE89370400440532013000');
const text = fc.array(fc.oneof(piece, fc.string({ maxLength: 6 })), { maxLength: 12 }).map((parts) => parts.join(''));

describe('the copies of the matcher loop agree', () => {
  it.each(indexes)('matchJsonString finds the same hits and flags as matchText on any range of any text ($name)', ({ index: idx }) => {
    fc.assert(fc.property(text, fc.nat(), fc.nat(), (s, a, b) => {
      const from = s.length ? a % (s.length + 1) : 0;
      const to = from + (s.length - from ? b % (s.length - from + 1) : 0);
      expect(run(matchJsonString, s, from, to, idx)).toEqual(run(matchText, s, from, to, idx));
    }), { numRuns: 1000 });
  });

  it.each(indexes)('matchJsonBytes finds the same hits and flags as matchText on any range of any ASCII text ($name)', ({ index: idx }) => {
    const ascii = text.map((s) => s.replace(/[^\x00-\x7f]/g, 'x'));
    fc.assert(fc.property(ascii, fc.nat(), fc.nat(), (s, a, b) => {
      const from = s.length ? a % (s.length + 1) : 0;
      const to = from + (s.length - from ? b % (s.length - from + 1) : 0);
      expect(run(matchBytes, s, from, to, idx)).toEqual(run(matchText, s, from, to, idx));
    }), { numRuns: 1000 });
  });

  it.each([
    ['a short body', 'x'.repeat(100), false],
    ['a long ASCII body', 'x'.repeat(5000), true],
    ['a long body with one accent', 'x'.repeat(5000) + 'é', false],
    ['a long body with an emoji', '😀' + 'x'.repeat(5000), false],
  ])('asciiBytes reads %s as bytes: %s', (_name, s, expected) => {
    const bytes = asciiBytes(s);
    expect(bytes !== null).toBe(expected);
    if (bytes) expect(String.fromCharCode(...bytes.subarray(0, 50))).toBe(s.slice(0, 50));
  });

  it.each(indexes)('the seed index says whether some candidate is 4 units long ($name)', ({ name, index: idx }) => {
    expect(idx.hasFour).toBe(name.startsWith('a candidate'));
  });

  it('flagsOf gives the flags matchText gives for the whole text and for any range of it', () => {
    fc.assert(fc.property(text, fc.nat(), fc.nat(), (s, a, b) => {
      const from = s.length ? a % (s.length + 1) : 0;
      const to = from + (s.length - from ? b % (s.length - from + 1) : 0);
      expect(flagsOf(s)).toBe(run(matchText, s, 0, s.length).flags);
      expect(flagsOf(s, from, to)).toBe(run(matchText, s, from, to).flags);
    }), { numRuns: 500 });
  });

  it.each(indexes)('finds the seeds the generator plants, at odd and even offsets ($name)', ({ index: idx }) => {
    for (const lead of ['', ' ']) {
      const s = `${lead}mail zoe.angstrom@example.com and WC-ALP-1042, Nora`;
      expect(run(matchJsonString, s, 0, s.length, idx).hits.length).toBeGreaterThanOrEqual(2);
      expect(run(matchJsonString, s, 0, s.length, idx)).toEqual(run(matchText, s, 0, s.length, idx));
      expect(run(matchBytes, s, 0, s.length, idx)).toEqual(run(matchText, s, 0, s.length, idx));
    }
  });
});

describe('the hand walk for 7 digits close together', () => {
  const NEAR = /\d(?:\D{0,3}\d){6}/;
  // Digits, gaps of every width around the limit of 3, and ranges long enough for the regex path too.
  const digitText = fc.array(fc.oneof(fc.constantFrom('1', '23', '4567', '8901234', ' ', '--', 'abc', 'wxyz', '/?r=', '٣'), fc.string({ maxLength: 4 })), { maxLength: 120 }).map((p) => p.join(''));

  it('says what the regex says on any range of any text', () => {
    fc.assert(fc.property(digitText, fc.nat(), fc.nat(), (s, a, b) => {
      const from = s.length ? a % (s.length + 1) : 0;
      const to = from + (s.length - from ? b % (s.length - from + 1) : 0);
      expect(nearDigits(s, from, to)).toBe(NEAR.test(s.slice(from, to)));
    }), { numRuns: 2000 });
  });

  it.each([
    ['1234567', true],
    ['123456', false],
    ['1-2-3-4-5-6-7', true],
    ['123 4567', true],
    ['123    4567', false],
    ['p/12/?ref=1a5b01b9', false],
    ['+44 (20) 7946 0123', true],
  ])('%s: %s', (s, expected) => {
    expect(nearDigits(s, 0, s.length)).toBe(expected);
  });
});

describe('large bodies read as bytes', () => {
  const pad = (n: number) => Array.from({ length: n }, (_, i) => ({ id: i, text: 'warm gift shipping size colour' }));
  const scan = (body: string) =>
    scanRequest({ url: 'https://api.example-ai.io/v1/x', method: 'POST', bodyText: body }, index).matches.filter((m) => m.source === 'seed').map((m) => `${m.category}: ${m.chain.join(' › ')}`).sort();

  it('find seeds in a large body and in a large JSON document held by one of its strings (each has its own bytes)', () => {
    const inner = JSON.stringify({ rows: pad(200), contact: 'zoe.angstrom@example.com' });
    const body = JSON.stringify({ rows: pad(200), doc: inner, sku: 'WC-ALP-1042' });
    expect(inner.length).toBeGreaterThan(4096);
    expect(scan(body)).toEqual(['cart-sku: json:$.sku › text', 'email: json:$.doc › json:$.contact › text']);
  });

  it('find the same in a large body before and after a body that is not ASCII', () => {
    const body = JSON.stringify({ rows: pad(200), sku: 'WC-ALP-1042' });
    const before = scan(body);
    scan(JSON.stringify({ rows: pad(200), name: 'Zoë' }));
    expect(scan(body)).toEqual(before);
    expect(before).toEqual(['cart-sku: json:$.sku › text']);
  });
});
