import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { deflateSync, gzipSync } from 'fflate';
import { compressToBase64, compressToEncodedURIComponent } from 'lz-string';
import { scanRequest } from '@/utils/detect/scan-request';
import { SeedIndex } from '@/utils/detect/seed-index';
import type { Seed } from '@/utils/detect/types';

// A seed encoded by a random chain of up to 3 supported transforms is found, with that chain.

const b64 = (b: Uint8Array | string, url = false) => Buffer.from(b).toString(url ? 'base64url' : 'base64');
/** The decoder name the engine reports for a base64 token: base64url only when the token shows it. */
const b64name = (token: string) => (/[-_]/.test(token) ? 'base64url' : 'base64');
const html = (s: string) => s.replace(/[^\x20-\x7e]|[&<>"']/g, (c) => `&#${c.codePointAt(0)};`);

interface Transform {
  name: string;
  apply(s: string): { out: string; chain: string[] };
}

const TRANSFORMS: Transform[] = [
  { name: 'base64', apply: (s) => ({ out: b64(s), chain: [b64name(b64(s))] }) },
  { name: 'base64url', apply: (s) => ({ out: b64(s, true), chain: [b64name(b64(s, true))] }) },
  { name: 'percent', apply: (s) => ({ out: encodeURIComponent(s), chain: encodeURIComponent(s) === s ? [] : ['percent'] }) },
  { name: 'html', apply: (s) => ({ out: html(s), chain: html(s) === s ? [] : ['html-entities'] }) },
  { name: 'lz-uri', apply: (s) => ({ out: compressToEncodedURIComponent(s), chain: ['lz-string'] }) },
  { name: 'lz-base64', apply: (s) => ({ out: compressToBase64(s), chain: ['lz-string'] }) },
  { name: 'gzip', apply: (s) => { const out = b64(gzipSync(new TextEncoder().encode(s))); return { out, chain: [b64name(out), 'gzip'] }; } },
  { name: 'deflate-raw', apply: (s) => { const out = b64(deflateSync(new TextEncoder().encode(s)), true); return { out, chain: [b64name(out), 'deflate-raw'] }; } },
  { name: 'json', apply: (s) => ({ out: JSON.stringify({ v: s }), chain: ['json:$.v'] }) },
];

const SEEDS: Seed[] = [
  { kind: 'email', value: 'zoe.angstrom+shop@example.org' },
  { kind: 'full-name', value: 'Zoë Ångström' },
  { kind: 'cart-sku', value: 'WC-ALP-1042' },
  { kind: 'search-query', value: 'merino wool socks' },
];
const index = new SeedIndex(SEEDS);

describe('round trip', () => {
  it('finds a seed encoded by any chain of up to three transforms, and reports that chain', () => {
    fc.assert(
      fc.property(fc.constantFrom(...SEEDS), fc.array(fc.constantFrom(...TRANSFORMS), { maxLength: 3 }), (seed, chain) => {
        let value = seed.value;
        let decoders: string[] = [];
        for (const t of chain) {
          const step = t.apply(value);
          value = step.out;
          decoders = [...step.chain, ...decoders]; // the last transform applied is the first one decoded
        }
        const expected = ['json:$.data', ...decoders, 'text'];
        const result = scanRequest({ url: 'https://ai.example/v1', method: 'POST', bodyText: JSON.stringify({ data: value }) }, index);
        const found = result.matches.filter((m) => m.category === seed.kind).map((m) => m.chain);
        expect(found, `${chain.map((t) => t.name).join(' → ')}`).toContainEqual(expected);
      }),
      { numRuns: 400, seed: 20250521 },
    );
  });
});
