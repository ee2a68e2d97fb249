import { describe, expect, it } from 'vitest';
import { gzipSync } from 'fflate';
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import { redact } from '@/utils/detect/redact';
import { scanRequest } from '@/utils/detect/scan-request';
import { SeedIndex } from '@/utils/detect/seed-index';
import type { ScanInput, Seed } from '@/utils/detect/types';

const shopper: Seed[] = [
  { kind: 'email', value: 'Zoe.Angstrom@Example.com', shopperId: 's1' },
  { kind: 'first-name', value: 'Zoë', shopperId: 's1' },
  { kind: 'last-name', value: 'Ångström', shopperId: 's1' },
  { kind: 'full-name', value: 'Zoë Ångström', shopperId: 's1' },
  { kind: 'phone', value: '+44 20 7946 0123', shopperId: 's1' },
  { kind: 'cart-sku', value: 'WC-ALP-1042', shopperId: 's1' },
  { kind: 'cart-price', value: '34.50', shopperId: 's1' },
  { kind: 'cart-quantity', value: '2', shopperId: 's1' },
  { kind: 'search-query', value: 'merino wool socks', shopperId: 's1' },
];
const index = new SeedIndex(shopper);
const b64 = (s: string) => Buffer.from(s).toString('base64');
const seedMatches = (input: ScanInput) => scanRequest(input, index).matches.filter((m) => m.source === 'seed');
const chains = (input: ScanInput) => seedMatches(input).filter((m) => !m.context).map((m) => `${m.category}: ${m.chain.join(' › ')}`);
const post = (bodyText: string, extra: Partial<ScanInput> = {}): ScanInput => ({ url: 'https://api.example-ai.io/v1/x', method: 'POST', bodyText, ...extra });

describe('scanRequest finds seeds with their transform chain', () => {
  it.each([
    ['base64 inside a chat message', post(JSON.stringify({ messages: [{ role: 'user', content: 'hi' }, { role: 'user', content: b64('zoe.angstrom@example.com') }] })), 'email: json:$.messages[1].content › base64 › text'],
    ['a phone written differently', post('{"note":"call 020-7946-0123 after six"}'), 'phone: json:$.note › national'],
    ['a name in NFD inside JSON-escaped text', post('{"q":"Zo\\u0065\\u0308 \\u0041\\u030angstro\\u0308m"}'), 'full-name: json:$.q › nfd'],
    ['the query in a Referer header', { url: 'https://api.example-ai.io/x', method: 'GET', headers: [['Referer', 'https://shop.example/?s=merino+wool+socks&post_type=product']] }, 'search-query: header:referer › query:s › text'],
    ['a SKU in a cookie', { url: 'https://api.example-ai.io/x', method: 'GET', headers: [['Cookie', 'a=1; cart=WC-ALP-1042%7C2']] }, 'cart-sku: cookie:cart › text'],
    ['a gzip body', { url: 'https://api.example-ai.io/x', method: 'POST', bodyBase64: Buffer.from(gzipSync(new TextEncoder().encode('{"sku":"WC-ALP-1042"}'))).toString('base64') }, 'cart-sku: gzip › json:$.sku › text'],
    ['a WebSocket text frame', { url: 'wss://rt.example-ai.io/s', method: 'GET', transport: 'websocket', bodyText: 'search merino wool socks' }, 'search-query: body › text'],
  ] as [string, ScanInput, string][])('finds %s', (_name, input, expected) => {
    expect(chains(input)).toContain(expected);
  });

  it('finds a hashed email and names the hash and the normalisation', () => {
    const input: ScanInput = { url: `https://px.example/p?em=${sha256Hex('zoe.angstrom@example.com')}`, method: 'GET' };
    expect(chains(input)).toEqual(['email: query:em › sha256 › normalised']);
    expect(seedMatches(input)[0]!.path).toBe('em');
  });
});

function sha256Hex(s: string): string {
  return bytesToHex(sha256(utf8ToBytes(s)));
}

describe('JSON is read in place, strings by their closing quote', () => {
  it.each([
    ['an escaped quote before the seed', '{"note":"she said \\"hi\\" from WC-ALP-1042"}', 'cart-sku: json:$.note › text'],
    ['a backslash right before the closing quote of an earlier string', '{"a":"x\\\\","b":"WC-ALP-1042"}', 'cart-sku: json:$.b › text'],
    ['a seed after an escaped string in an array', '["\\u00e9t\\u00e9","WC-ALP-1042"]', 'cart-sku: json:$[1] › text'],
    ['a seed deep in nested arrays and objects', '{"a":[{"b":[[1,2,{"c":"x WC-ALP-1042 y"}]]}]}', 'cart-sku: json:$.a[0].b[0][2].c › text'],
    ['a seed inside a key-like value next to numbers', '{"values":[0.1,-2e3,true,null],"sku":"WC-ALP-1042"}', 'cart-sku: json:$.sku › text'],
  ])('finds the seed after %s', (_name, body, expected) => {
    expect(chains(post(body))).toContain(expected);
  });

  it.each([
    ['a phone number named by its query parameter', '{"u":"https://t.example/c?phone=02079460199&x=1"}', 'phone-number'],
    ['an email address in a query value', '{"u":"https://t.example/c?e=someone.else@example.org"}', 'email-address'],
    ['an API key in a query value', '{"u":"https://t.example/c?key=sk-proj-abcdefghijklmnopqrstuvwxyz0123456789ABCD"}', 'ai-api-key'],
  ])('still reports %s in a URL held by a JSON string', (_name, body, category) => {
    expect(scanRequest(post(body), index).matches.some((m) => m.source === 'detector' && m.category === category)).toBe(true);
  });

  it('does not report a seed that only appears as a member name (a key is not data sent)', () => {
    expect(chains(post('{"WC-ALP-1042":1}'))).toEqual([]);
  });

  it.each([
    ['an unterminated string', '{"a":"WC-ALP-1042'],
    ['a string whose last quote is escaped', '{"a":"WC-ALP-1042\\"}'],
  ])('still finds the seed in %s, read as plain text', (_name, body) => {
    expect(seedMatches(post(body)).some((m) => m.category === 'cart-sku')).toBe(true);
  });
});

describe('leak rules', () => {
  it.each([
    ['A first name alone is not a leak.', post('{"q":"Hello Zoë"}'), []],
    ['A last name alone is not a leak.', post('{"q":"the Ångström unit"}'), []],
    ['A price and a quantity alone are not a leak.', post('{"price":"34.50","qty":2}'), []],
    ['A last name that is only part of the email address does not count as a name.', post('{"e":"zoe.angstrom@example.com"}'), ['email']],
    ['A last name next to the SKU of the same shopper is a name leak.', post('{"n":"Ångström","sku":"WC-ALP-1042"}'), ['last-name', 'cart-sku']],
    ['The full name is a name leak.', post('{"n":"Zoë Ångström"}'), ['full-name']],
  ] as [string, ScanInput, string[]][])('%s', (_name, input, expected) => {
    expect(seedMatches(input).filter((m) => !m.context).map((m) => m.category).sort()).toEqual([...expected].sort());
  });

  it('reports prices and quantities only as context next to a real leak', () => {
    const m = seedMatches(post('{"sku":"WC-ALP-1042","price":"34.50","qty":2}'));
    expect(m.filter((x) => x.context).map((x) => x.category).sort()).toEqual(['cart-price', 'cart-quantity']);
  });

  it('keeps shoppers apart: another shopper\'s seed does not vouch for a last name', () => {
    const two = new SeedIndex([...shopper, { kind: 'email', value: 'other@example.net', shopperId: 's2' }]);
    const m = scanRequest(post('{"n":"Ångström","e":"other@example.net"}'), two).matches.filter((x) => x.source === 'seed');
    expect(m.map((x) => `${x.shopperId}:${x.category}`)).toEqual(['s2:email']);
  });

  it('reports a keystroke truncation of the email', () => {
    expect(chains({ url: 'https://ac.example/q?v=zoe.angstrom%40example.co', method: 'GET' })).toEqual(['email: query:v › truncated-1']);
  });

  it('does not report a one-character typo of the email', () => {
    expect(chains({ url: 'https://ac.example/q?v=zoe.angstrxm%40example.com', method: 'GET' })).toEqual([]);
  });
});

describe('redact', () => {
  it.each([
    ['jane.doe@example.com', 'email', 'j***@e***.com'],
    ['+44 20 7946 0123', 'phone', '+•• •• •••• ••23'],
    ['4111 1111 1111 1111', 'payment-card', '•••• •••• •••• 1111'],
    ['Zoë Ångström', 'full-name', 'Z*** Å***'],
    ['sk-proj-abcdefghijklmnopqrstuvwxyz0123456789', 'ai-api-key', 'sk-proj-***89'],
    ['ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad', 'email', 'ba78…(64)'],
    ['You are the shop assistant. Never reveal coupons.', 'system-prompt', 'You are the… (49 chars)'],
  ])('masks %s (%s) as %s', (value, category, expected) => {
    expect(redact(value, category)).toBe(expected);
  });
});
