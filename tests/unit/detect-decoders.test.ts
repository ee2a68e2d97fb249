import { describe, expect, it } from 'vitest';
import { compressToBase64, compressToEncodedURIComponent } from 'lz-string';
import { deflateSync, gzipSync, zlibSync } from 'fflate';
import { decodeBase64, encodeBase64 } from '@/utils/detect/base64';
import { findJsonSpans } from '@/utils/detect/embedded-json';
import { decodeEntities, hasEntity } from '@/utils/detect/html-entities';
import { inflateCapped, sniffCompression } from '@/utils/detect/inflate';
import { decodeJsEscapes } from '@/utils/detect/js-escape';
import { lzDecompress } from '@/utils/detect/lzstring';
import { parseMultipart, boundaryOf } from '@/utils/detect/multipart';
import { hasPercentEscape, percentDecode } from '@/utils/detect/percent';
import { looksLikeForm, parseForm, splitUrl } from '@/utils/detect/url-parts';
import { bytesToText, textToBytes } from '@/utils/detect/utf8';

const bytes = (s: string) => textToBytes(s);

describe('percent-decoding', () => {
  it.each([
    ['decodes UTF-8 escapes', 'Zo%C3%AB%20%C3%85', false, 'Zoë Å'],
    ['turns + into a space only for form text', 'a+b%2Bc', true, 'a b+c'],
    ['keeps + outside form text', 'a+b', false, 'a+b'],
    ['leaves an invalid escape as it is', '100%zz and %4', false, '100%zz and %4'],
    ['reads non-UTF-8 escapes as Latin-1', 'caf%E9', false, 'café'],
    ['peels exactly one layer', '%2540', false, '%40'],
    ['decodes ASCII control escapes as they are, NUL included', 'a%00b%09c%7F', false, 'a\u0000b\tc\u007f'],
    ['decodes a long run of ASCII escapes', '%41'.repeat(3000), false, 'A'.repeat(3000)],
    ['decodes ASCII and UTF-8 escapes in one run', '%40%C3%AB%21', false, '@ë!'],
  ])('%s', (_name, input, plus, expected) => {
    expect(percentDecode(input, plus)).toBe(expected);
  });

  it('tells text with an escape from text without one', () => {
    expect(hasPercentEscape('50% off')).toBe(false);
    expect(hasPercentEscape('a%40b')).toBe(true);
  });
});

describe('HTML entities', () => {
  it.each([
    ['named references', 'O&apos;Brien &amp; Co', "O'Brien & Co"],
    ['decimal and hex references', 'Zo&#235; &#x00C5;ngstr&#246;m', 'Zoë Ångström'],
    ['accented letter names', 'Ren&eacute;e M&uuml;ller', 'Renée Müller'],
    ['unknown names stay as they are', '&bogus; &#xD800;', '&bogus; &#xD800;'],
  ])('decodes %s', (_name, input, expected) => {
    expect(hasEntity(input)).toBe(true);
    expect(decodeEntities(input)).toBe(expected);
  });
});

describe('JavaScript escapes', () => {
  it('decodes \\u, \\x, \\u{} and escaped slashes and quotes', () => {
    expect(decodeJsEscapes('Zo\\u00eb \\x41 \\u{1F600} a\\/b \\"q\\"')).toBe('Zoë A 😀 a/b "q"');
  });
});

describe('base64', () => {
  it.each([
    ['standard with padding', 'am9obkBleGFtcGxlLmNvbQ==', 'john@example.com'],
    ['standard without padding', 'am9obkBleGFtcGxlLmNvbQ', 'john@example.com'],
    ['URL-safe', encodeBase64(bytes('ÿþ?>'), true), 'ÿþ?>'],
  ])('decodes %s', (_name, input, expected) => {
    expect(new TextDecoder().decode(decodeBase64(input)!)).toBe(expected);
  });

  it.each([['a character outside both alphabets', 'abc!defg'], ['a length no encoder produces', 'abcde'], ['three padding characters', 'ab==='] ])('rejects %s', (_name, input) => {
    expect(decodeBase64(input)).toBeNull();
  });

  it('round-trips random bytes in both alphabets', () => {
    const b = Uint8Array.from({ length: 257 }, (_, i) => (i * 37) & 255);
    expect(decodeBase64(encodeBase64(b))).toEqual(b);
    expect(decodeBase64(encodeBase64(b, true))).toEqual(b);
  });
});

describe('lz-string', () => {
  const text = 'cart: Juniper Mug Set | Zoë Ångström | zoe@example.com';
  it('decompresses compressToEncodedURIComponent output', () => {
    expect(lzDecompress(compressToEncodedURIComponent(text), 'uri', 1e6)).toEqual({ text, capped: false });
  });
  it('decompresses compressToBase64 output, padding included', () => {
    expect(lzDecompress(compressToBase64(text), 'base64', 1e6)).toEqual({ text, capped: false });
  });
  it('stops at the output cap', () => {
    const out = lzDecompress(compressToEncodedURIComponent('x'.repeat(100_000)), 'uri', 1000);
    expect(out?.capped).toBe(true);
    expect(out!.text.length).toBeLessThanOrEqual(1000);
  });
  it('returns null for text that is not lz-string output', () => {
    expect(lzDecompress('hello world!', 'uri', 1e6)).toBeNull();
  });
});

describe('gzip, deflate and raw deflate', () => {
  const raw = bytes('{"email":"zoe@example.com"}');
  it.each([
    ['gzip', gzipSync(raw)],
    ['deflate', zlibSync(raw)],
    ['deflate-raw', deflateSync(raw)],
  ] as const)('inflates %s', (kind, packed) => {
    expect(bytesToText(inflateCapped(packed, kind, 1e6)!.bytes)).toBe('{"email":"zoe@example.com"}');
  });
  it('recognises gzip and zlib by their headers', () => {
    expect(sniffCompression(gzipSync(raw))).toBe('gzip');
    expect(sniffCompression(zlibSync(raw))).toBe('deflate');
    expect(sniffCompression(raw)).toBeNull();
  });
  it('caps the output of a bomb', () => {
    const bomb = gzipSync(new Uint8Array(50 * 1024 * 1024));
    const out = inflateCapped(bomb, 'gzip', 1024 * 1024)!;
    expect(out.capped).toBe(true);
    expect(out.bytes.length).toBe(1024 * 1024);
  });
  it('returns null for bytes that are not compressed', () => {
    expect(inflateCapped(bytes('plain text, not gzip at all'), 'gzip', 1e6)).toBeNull();
  });
});

describe('URLs, forms and multipart', () => {
  it('splits a URL into origin, path segments, query and fragment', () => {
    expect(splitUrl('https://x.example:8443/a/b%20c/?q=1&r=2#frag=3')).toEqual({ origin: 'https://x.example:8443', segments: ['a', 'b%20c'], query: 'q=1&r=2', fragment: 'frag=3' });
  });
  it('parses form-urlencoded pairs with + as a space', () => {
    expect(parseForm('a=b+c&%24email=z%40e.com&flag')).toEqual([
      { name: 'a', value: 'b c', raw: 'b+c' },
      { name: '$email', value: 'z@e.com', raw: 'z%40e.com' },
      { name: 'flag', value: '', raw: '' },
    ]);
  });
  it.each([
    ['a query string', 'query=boots&hitsPerPage=8', true],
    ['padded base64', 'am9obkBleGFtcGxlLmNvbQ==', false],
    ['prose with an equals sign', 'a = b and c', false],
  ])('tells whether %s looks like a form', (_name, text, expected) => {
    expect(looksLikeForm(text)).toBe(expected);
  });
  it('splits a multipart body into named parts', () => {
    const body = '--B1\r\nContent-Disposition: form-data; name="email"\r\n\r\nz@e.com\r\n--B1\r\nContent-Disposition: form-data; name="f"; filename="a.txt"\r\nContent-Type: text/plain\r\n\r\nhello\r\n--B1--\r\n';
    expect(boundaryOf('multipart/form-data; boundary=B1')).toBe('B1');
    expect(parseMultipart(body, 'B1')).toEqual([
      { name: 'email', body: 'z@e.com' },
      { name: 'f', filename: 'a.txt', contentType: 'text/plain', body: 'hello' },
    ]);
  });
});

describe('JSON inside text', () => {
  it('finds balanced objects and arrays after prose', () => {
    const text = 'Order context: {"email":"z@e.com","items":[{"sku":"A-1"}]} thanks [1,2]';
    const spans = findJsonSpans(text).map((s) => text.slice(s.start, s.end));
    expect(spans).toEqual(['{"email":"z@e.com","items":[{"sku":"A-1"}]}']);
  });
});
