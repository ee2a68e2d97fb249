import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { gzipSync } from 'fflate';
import { compressToEncodedURIComponent } from 'lz-string';
import { DEFAULT_BUDGET } from '@/utils/detect/budget';
import { scanRequest } from '@/utils/detect/scan-request';
import { SeedIndex } from '@/utils/detect/seed-index';
import type { ScanBudget, ScanInput, ScanResult } from '@/utils/detect/types';

// scanRequest never throws and never hangs: whatever the input, it returns and its work counters
// stay within the budget (asserted on counters, not on time).

const index = new SeedIndex([
  { kind: 'email', value: 'zoe@example.com' },
  { kind: 'full-name', value: 'Zoë Ångström' },
  { kind: 'phone', value: '+44 20 7946 0123' },
]);
const b64 = (b: Uint8Array | string) => Buffer.from(b).toString('base64');

function withinBudget(r: ScanResult, budget: ScanBudget = DEFAULT_BUDGET): void {
  const c = r.counters;
  expect(c.bytesScanned).toBeLessThanOrEqual(budget.maxBytes);
  expect(c.decodeSteps).toBeLessThanOrEqual(budget.maxDecodeSteps);
  expect(c.decodedBytes).toBeLessThanOrEqual(budget.maxDecodedBytes);
  expect(c.decompressedBytes).toBeLessThanOrEqual(budget.maxDecompressedBytes);
  expect(c.jsonNodes).toBeLessThanOrEqual(budget.maxJsonNodes);
  expect(c.maxDepth).toBeLessThanOrEqual(budget.maxDepth + 1);
}

const small: ScanBudget = { ...DEFAULT_BUDGET, maxBytes: 256 * 1024, maxDecodeSteps: 200, maxDecodedBytes: 256 * 1024, maxDecompressedBytes: 64 * 1024, maxJsonNodes: 2000 };

describe('bad input', () => {
  it('returns within budget for random bytes as a body, a WebSocket frame or a gzip body', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 4096 }), fc.constantFrom('', 'application/json', 'multipart/form-data; boundary=x', 'application/x-www-form-urlencoded'), fc.boolean(), (bytes, contentType, gzip) => {
        const input: ScanInput = { url: 'https://ai.example/x', method: 'POST', bodyBase64: b64(bytes), contentType, headers: gzip ? [['Content-Encoding', 'gzip']] : [], transport: 'websocket' };
        withinBudget(scanRequest(input, index, small), small);
      }),
      { numRuns: 300, seed: 7 },
    );
  });

  it('returns within budget for random strings in the URL, headers, protocols and body', () => {
    const text = fc.string({ unit: fc.constantFrom(...'aA0+/=%&#;{}[]":,\\u@ .-_$'.split(''), 'é', '😀', '\u0000'), maxLength: 600 });
    fc.assert(
      fc.property(text, text, text, (a, b, c) => {
        const input: ScanInput = { url: `https://ai.example/${a}?q=${b}#${c}`, method: 'POST', bodyText: `${a}${b}${c}`, headers: [['Cookie', b], ['Referer', a], ['x-api-key', c]], protocols: [c] };
        withinBudget(scanRequest(input, index, small), small);
      }),
      { numRuns: 300, seed: 11 },
    );
  });

  it.each([
    ['invalid base64', 'QUJD!!!===@@@' + 'A'.repeat(1001)],
    ['invalid percent sequences', '%%%ZZ%E0%A4%%4' + '%C3'.repeat(500) + '%'],
    ['invalid JSON escapes', '{"a":"\\uZZZZ\\x\\u{110000}"}'],
    ['unbalanced JSON', '{"a":[{"b":"zoe@example.com"'.repeat(200)],
    ['an lz-string-looking token that is not one', 'Q$'.repeat(4000)],
  ])('returns within budget for %s', (_name, bodyText) => {
    withinBudget(scanRequest({ url: 'https://ai.example/x', method: 'POST', bodyText }, index));
  });

  it('walks 10,000 levels of JSON nesting without recursion and still finds the seed at the bottom', () => {
    const deep = '{"a":'.repeat(10_000) + '"zoe@example.com"' + '}'.repeat(10_000);
    const r = scanRequest({ url: 'https://ai.example/x', method: 'POST', bodyText: deep }, index);
    withinBudget(r);
    expect(r.reasons).toContain('JSON depth');
    expect(r.matches.some((m) => m.category === 'email')).toBe(true);
    const arrays = scanRequest({ url: 'https://ai.example/x', method: 'POST', bodyText: '['.repeat(10_000) + ']'.repeat(10_000) }, index);
    withinBudget(arrays);
  });

  it('scans a 20 MB string only up to the byte budget and says it is partial', () => {
    const big = 'lorem ipsum '.repeat(1_750_000);
    for (const input of [
      { url: 'https://ai.example/x', method: 'POST', bodyText: big },
      { url: 'https://ai.example/x', method: 'POST', bodyText: `{"a":"${big}"}` },
      { url: `https://ai.example/x?q=${'QUFB'.repeat(5_000_000)}`, method: 'GET' },
    ]) {
      const r = scanRequest(input, index);
      withinBudget(r);
      expect(r.partial).toBe(true);
      expect(r.counters.bytesScanned).toBe(DEFAULT_BUDGET.maxBytes);
    }
  });

  it('stops a gzip bomb at the decompression cap, as a body and nested in JSON', () => {
    const bomb = gzipSync(new Uint8Array(64 * 1024 * 1024), { level: 9 });
    const asBody = scanRequest({ url: 'https://ai.example/x', method: 'POST', bodyBase64: b64(bomb), headers: [['Content-Encoding', 'gzip']] }, index);
    const nested = scanRequest({ url: 'https://ai.example/x', method: 'POST', bodyText: JSON.stringify({ d: b64(bomb), e: b64(bomb) }) }, index);
    for (const r of [asBody, nested]) {
      withinBudget(r);
      expect(r.partial).toBe(true);
      expect(r.counters.decompressedBytes).toBeGreaterThan(0);
    }
  });

  it('stops an lz-string bomb at the decompression cap', () => {
    const token = compressToEncodedURIComponent('a'.repeat(512 * 1024)); // about 1,600 characters
    const r = scanRequest({ url: `https://ai.example/x?s=${token}`, method: 'GET' }, index, small);
    withinBudget(r, small);
    expect(r.partial).toBe(true);
    expect(r.reasons).toContain('decompressed bytes');
  });

  it('never throws for odd field values', () => {
    const odd = { url: '', method: '', headers: [['', ''], ['cookie', ';;=;='], ['referer', '::::']], protocols: [''], bodyText: '', bodyBase64: '!!!' } as ScanInput;
    expect(() => scanRequest(odd, index)).not.toThrow();
    expect(() => scanRequest({ url: undefined, method: 'GET' } as unknown as ScanInput, index)).not.toThrow();
  });
});
