import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_BUDGET, Work } from '@/utils/detect/budget';
import { RequestFields, ScanContext } from '@/utils/detect/scan-context';
import { scanRequest } from '@/utils/detect/scan-request';
import { hasTokens, scanTokens } from '@/utils/detect/scan-tokens';
import { SeedIndex } from '@/utils/detect/seed-index';

// A URL held by a JSON string is matched in place first; its parts are then only looked at where
// something may still be found (scan-url.ts). These check that nothing findable is skipped.

const index = new SeedIndex([
  { kind: 'email', value: 'Zoe.Angstrom@Example.com', shopperId: 's1' },
  { kind: 'full-name', value: 'Zoë Ångström', shopperId: 's1' },
  { kind: 'cart-sku', value: 'WC-ALP-1042', shopperId: 's1' },
  { kind: 'coupon-code', value: 'SAVE', shopperId: 's1' },
]);
const hex = (s: string) => Buffer.from(s).toString('hex');
const b64 = (s: string) => Buffer.from(s).toString('base64');
const found = (url: string) =>
  scanRequest({ url: 'https://api.example-ai.io/v1/x', method: 'POST', bodyText: JSON.stringify({ u: url }) }, index).matches.map((m) => `${m.category}: ${m.chain.join(' › ')}`);

describe('the parts of a URL inside a JSON string', () => {
  it.each([
    ['a hex-encoded SKU in a query value', `https://t.example/c?d=${hex('WC-ALP-1042')}&x=1`, 'cart-sku: json:$.u › query:d › hex › text'],
    ['a hex-encoded SKU after parameters without a value', `https://t.example/c?flag&x&d=${hex('WC-ALP-1042')}`, 'cart-sku: json:$.u › query:d › hex › text'],
    ['a base64 SKU in a query value next to inert ones', `https://t.example/p/12/?ref=3fa9c0d1&v=${b64('sku WC-ALP-1042')}&n=2`, 'cart-sku: json:$.u › query:v › base64 › text'],
    ['a hex-encoded name in a path segment', `https://t.example/u/${hex('Zoë Ångström')}/x?a=1`, 'full-name: json:$.u › path[1] › hex › text'],
    ['a percent-encoded email in the fragment', 'https://t.example/c#e=zoe.angstrom%40example.com', 'email: json:$.u › fragment › form:e › text'],
    ['a percent-encoded email in a path segment', 'https://t.example/c/zoe.angstrom%40example.com?a=1', 'email: json:$.u › path[1] › text'],
    ['a twice percent-encoded email in a path segment', 'https://t.example/c/zoe.angstrom%2540example.com?a=1', 'email: json:$.u › path[1] › percent › text'],
    ['a short value equal to a seed form', 'https://t.example/p?c=save', 'coupon-code: json:$.u › query:c › text'],
    ['a base64 email in the path of a URL with no query ("/" is a base64 character)', `https://t.example/track/${b64('zoe.angstrom@example.com')}`, 'email: json:$.u › path[1] › base64 › text'],
    ['a base64url email in a middle path segment', `https://t.example/track/${Buffer.from('zoe.angstrom@example.com').toString('base64url')}/open`, 'email: json:$.u › path[1] › base64 › text'],
  ])('finds %s', (_name, url, expected) => {
    expect(found(url)).toContain(expected);
  });

  it.each([
    ['a phone number that only its parameter name announces', 'https://t.example/c?msisdn=447946012345', 'phone-number: json:$.u › query:msisdn'],
    ['an API key named by its parameter', 'https://t.example/c?api_key=Zx81bQ93Lm20Pq7Rt5Vw4Yz6', 'api-key: json:$.u › query:api_key'],
  ])('still reports %s', (_name, url, expected) => {
    expect(found(url)).toContain(expected);
  });

  it('finds nothing in a URL of ids, slugs and random hex', () => {
    expect(found('https://shop.example/p/1042/warm-socks/?ref=3fa9c0d1&utm_source=newsletter&page=2#top')).toEqual([]);
  });
});

// Text made of hex ids, base64, words and separators, so every branch of the token walk occurs.
const piece = fc.constantFrom('3fa9c0d1', '57432d414c50', 'DEADBEEF', 'c3a9e8', 'ff00ff00', 'f4908080', 'e0a080aa', '123e4567-e89b-12d3', 'V0MtQUxQLTEwNDI=', 'aGVsbG8gd29ybGQ', 'N4IgdghgtgpiA', '0123456789abcdef0123456789abcdef', 'Hello', '/', '=', '&', ' ', '-', '_');
const text = fc.array(fc.oneof(piece, fc.string({ maxLength: 5 })), { maxLength: 10 }).map((p) => p.join(''));

describe('hasTokens', () => {
  it('says there is a token to decode exactly when scanTokens decodes one', () => {
    fc.assert(fc.property(text, fc.nat(), fc.nat(), (s, a, b) => {
      const from = s.length ? a % (s.length + 1) : 0;
      const to = from + (s.length - from ? b % (s.length - from + 1) : 0);
      const ctx = new ScanContext(index, new Work({ ...DEFAULT_BUDGET }), new RequestFields({ url: '', method: 'GET' }));
      scanTokens(ctx, s.slice(from, to), null, 0);
      expect(hasTokens(s, from, to)).toBe(ctx.work.counters.decodeSteps > 0);
    }), { numRuns: 1000 });
  });
});

// URLs made of inert pieces and of encoded seeds (none readable in place, so the URL string is clean).
const b64url = (s: string) => Buffer.from(s).toString('base64url');
const urlPiece = fc.constantFrom(
  'p', '12', 'warm-socks', '3fa9c0d1', 'V0MtQUxQLTEwNDI=', hex('WC-ALP-1042'), b64('sku WC-ALP-1042'), b64url('zoe.angstrom@example.com'),
  'zoe.angstrom%40example.com', 'zoe.angstrom%2540example.com', hex('Zoë Ångström'), 'Zo%C3%AB%20%C3%85ngstr%C3%B6m', 'aGVsbG8gd29ybGQ',
);
const query = fc.array(fc.tuple(fc.constantFrom('d', 'ref', 'q', 'flag', 'msisdn', 'utm_source'), fc.option(urlPiece, { nil: undefined })), { maxLength: 4 })
  .map((pairs) => pairs.map(([k, v]) => (v === undefined ? k : `${k}=${v}`)).join('&'));
const cleanUrl = fc.tuple(fc.array(urlPiece, { maxLength: 4 }), query, fc.option(urlPiece, { nil: undefined }))
  .map(([path, q, frag]) => `https://t.example/${path.join('/')}${q ? `?${q}` : ''}${frag ? `#${frag}` : ''}`);

describe('the clean-URL walk', () => {
  it('finds in a URL held by a JSON string exactly what the full URL scan finds in the request URL', () => {
    const inBody = (url: string) => found(url).map((m) => m.replace('json:$.u › ', '')).sort();
    const direct = (url: string) =>
      scanRequest({ url, method: 'GET' }, index).matches.map((m) => `${m.category}: ${m.chain.join(' › ')}`).sort();
    fc.assert(fc.property(cleanUrl, (url) => {
      expect(inBody(url)).toEqual(direct(url));
    }), { numRuns: 500 });
  });

  // A large body is read as bytes and its URL strings in place: what follows the URL in the body
  // ('#', '?', '&', '=', '/', 'AIza') must not be taken for part of it.
  it('finds the same in a URL held by a large body, followed by characters a URL walk looks for', () => {
    const sku = hex('WC-ALP-1042');
    const tail = `#${sku}?d=${sku}&v=${sku}/${sku} AIza${'x'.repeat(35)} ${'x'.repeat(5000)}`;
    const inLarge = (url: string) =>
      scanRequest({ url: 'https://api.example-ai.io/v1/x', method: 'POST', bodyText: JSON.stringify({ u: url, tail }) }, index).matches
        .map((m) => `${m.category}: ${m.chain.join(' › ').replace('json:$.u › ', '')}`).filter((m) => !m.includes('$.tail')).sort();
    const direct = (url: string) =>
      scanRequest({ url, method: 'GET' }, index).matches.map((m) => `${m.category}: ${m.chain.join(' › ')}`).sort();
    fc.assert(fc.property(cleanUrl, (url) => {
      expect(inLarge(url)).toEqual(direct(url));
    }), { numRuns: 300 });
  });
});
