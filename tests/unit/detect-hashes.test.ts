import { describe, expect, it } from 'vitest';
import { hexDigest, HASHES } from '@/utils/detect/hashes';
import { hashedForms } from '@/utils/detect/seed-encodings';

describe('hashes', () => {
  it.each([
    ['md5', '900150983cd24fb0d6963f7d28e17f72'],
    ['sha1', 'a9993e364706816aba3e25717850c26c9cd0d89d'],
    ['sha256', 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'],
    ['sha512', 'ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a2192992a274fc1a836ba3c23a3feebbd454d4423643ce80e2a9ac94fa54ca49f'],
  ] as const)('computes %s of "abc" as the standard test vector', (name, expected) => {
    expect(hexDigest(name, 'abc')).toBe(expected);
  });

  it('precomputes hex and raw-digest forms of every hash with up to two encoding layers', () => {
    const forms = hashedForms('abc');
    const sha256hex = hexDigest('sha256', 'abc');
    const find = (tail: string[]) => forms.find((f) => f.tail.join('›') === tail.join('›'));
    expect(find(['sha256'])?.text).toBe(sha256hex);
    expect(find(['base64', 'sha256'])?.text).toBe(btoa(sha256hex));
    expect(find(['base64', 'sha256-raw'])?.text).toBe('ungWv48Bz+pBQUDeXa4iI7ADYaOWF3qctBD/YfIAFa0=');
    expect(find(['percent', 'base64', 'sha256-raw'])?.text).toBe(encodeURIComponent('ungWv48Bz+pBQUDeXa4iI7ADYaOWF3qctBD/YfIAFa0='));
    expect(find(['base64', 'base64', 'sha256'])?.text).toBe(btoa(btoa(sha256hex)));
    for (const name of HASHES) expect(forms.some((f) => f.tail.at(-1) === name)).toBe(true);
    expect(forms.every((f) => f.tail.length <= 3)).toBe(true);
  });
});
