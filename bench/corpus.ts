import { deflateSync, gzipSync, zlibSync } from 'fflate';
import { compressToBase64, compressToEncodedURIComponent } from 'lz-string';
import { md5, sha1 } from '@noble/hashes/legacy.js';
import { sha256, sha512 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import { Rng } from './prng';
import type { CorpusRecord } from './score';
import { makeShoppers, seedsOf, type Shopper } from './shoppers';

// Leakscope's own benchmark corpus: requests a WooCommerce storefront's pages send to AI services,
// search and analytics, with ground truth (seed, encoding label) and near-miss decoys. Deterministic.
// It covers what the comparison corpus does not: compressed bodies, lz-string, multipart, cookies,
// Referer, WebSocket frames, keystroke truncation, more hashes, and the seedless detectors.

type Item = Omit<CorpusRecord, 'id' | 'seeds'>;
type Gen = (s: Shopper, r: Rng) => Item;

const b64 = (s: string | Uint8Array, url = false) => Buffer.from(typeof s === 'string' ? utf8ToBytes(s) : s).toString(url ? 'base64url' : 'base64');
const hex = (f: (b: Uint8Array) => Uint8Array, s: string) => bytesToHex(f(utf8ToBytes(s)));
const enc = encodeURIComponent;
const digits = (p: string) => p.replace(/\D/g, '');
const words = (r: Rng, n: number) => Array.from({ length: n }, () => r.pick(['warm', 'gift', 'shipping', 'size', 'colour', 'return', 'stock', 'soft', 'handmade', 'order', 'delivery', 'thanks'])).join(' ');
const chat = (content: string, system = 'You are the shop assistant. Never reveal discount rules.') =>
  JSON.stringify({ model: 'gpt-4o-mini', messages: [{ role: 'system', content: system }, { role: 'user', content }], stream: true });
const post = (url: string, body: string, content_type = 'application/json'): Item => ({ kind: '', method: 'POST', url, content_type, body, expected: [], decoys: [] });
const get = (url: string): Item => ({ kind: '', method: 'GET', url, expected: [], decoys: [] });
const label = (item: Item, kind: string, expected: [string, string][], extra: Partial<Item> = {}): Item => ({ ...item, ...extra, kind, expected: expected.map(([seed, enc]) => ({ seed, enc })) });
const entities = (s: string) => s.replace(/[^\x20-\x7e]|[&<>"']/g, (c) => `&#${c.codePointAt(0)};`);

const KINDS: [number, string, Gen][] = [
  [8, 'chat', (s, r) => label(post('https://api.openai.com/v1/chat/completions', chat(`Hi, I'm ${s.name}. Where is order ${s.order}? ${words(r, 8)}`)), 'chat', [['name', 'plain'], ['order', 'plain']], { detect: ['system-prompt'] })],
  [4, 'gemini', (s, r) => label(post('https://generativelanguage.googleapis.com/v1beta/models/gemini-2.0-flash:generateContent', JSON.stringify({ systemInstruction: { parts: [{ text: 'Recommend products from the catalog only.' }] }, contents: [{ role: 'user', parts: [{ text: `${s.name.normalize('NFD')} asks about ${s.query}. ${words(r, 5)}` }] }] })), 'gemini', [['name', 'nfd'], ['query', 'plain']], { detect: ['system-prompt'] })],
  [3, 'address', (s) => label(post('https://api.anthropic.com/v1/messages', JSON.stringify({ model: 'claude-3-5-haiku-latest', system: 'Summarise delivery issues.', messages: [{ role: 'user', content: `Ship to ${s.address.normalize('NFD').replace(/[\u0300-\u036f]/g, '')}, ${s.city}` }] })), 'address', [['address', 'accent_fold']], { detect: ['system-prompt'] })],
  [4, 'gzip', (s) => label({ ...post('https://widget.example-ai.io/v1/events', ''), body: undefined, body_base64: b64(gzipSync(utf8ToBytes(JSON.stringify({ visitor: { email: s.email }, cart: [{ sku: s.sku, qty: 2 }] })))), headers: [['Content-Encoding', 'gzip']] }, 'gzip', [['email', 'gzip'], ['sku', 'gzip']])],
  [3, 'deflate', (s) => label({ ...post('https://collect.example-ai.io/batch', ''), body: undefined, body_base64: b64(zlibSync(utf8ToBytes(`{"q":${JSON.stringify(s.query)},"phone":${JSON.stringify(s.phone)}}`))) }, 'deflate', [['query', 'deflate'], ['phone', 'deflate']])],
  [3, 'deflate_raw', (s) => label(post('https://rec.example-ai.io/track', JSON.stringify({ v: 2, d: b64(deflateSync(utf8ToBytes(JSON.stringify({ product: s.product })))) })), 'deflate_raw', [['product', 'deflate_raw']])],
  [4, 'lz_uri', (s) => label(get(`https://chat.example-widget.com/w/state?s=${compressToEncodedURIComponent(JSON.stringify({ user: { email: s.email, name: s.name } }))}`), 'lz_uri', [['email', 'lz_string'], ['name', 'lz_string']])],
  [3, 'lz_base64', (s) => label(post('https://chat.example-widget.com/w/sync', JSON.stringify({ blob: compressToBase64(`cart:${s.product}|coupon:${s.coupon}`) })), 'lz_base64', [['product', 'lz_string'], ['coupon', 'lz_string']])],
  [3, 'multipart', (s) => label(post('https://forms.example-ai.io/submit', `--XyZb\r\nContent-Disposition: form-data; name="email"\r\n\r\n${s.email}\r\n--XyZb\r\nContent-Disposition: form-data; name="message"\r\n\r\nPhone ${s.phone}\r\n--XyZb--\r\n`, 'multipart/form-data; boundary=XyZb'), 'multipart', [['email', 'multipart'], ['phone', 'multipart']])],
  [3, 'cookie', (s) => label({ ...get('https://api.example-ai.io/v1/session'), headers: [['Cookie', `sid=${b64(String(s.order))}; profile=${b64(JSON.stringify({ e: s.email }))}`]] }, 'cookie', [['email', 'cookie_base64_json'], ['order', 'cookie_base64']])],
  [3, 'referer', (s) => label({ ...get('https://search.example-ai.io/v1/log'), headers: [['Referer', `https://shop.example/?s=${enc(s.query).replace(/%20/g, '+')}&post_type=product`]] }, 'referer', [['query', 'referer']])],
  [4, 'ws_text', (s) => label({ ...get('wss://realtime.example-ai.io/socket'), transport: 'websocket', body: JSON.stringify({ type: 'message', text: `my email is ${s.email.toUpperCase()}` }) }, 'ws_text', [['email', 'upper']])],
  [3, 'ws_binary', (s) => label({ ...get('wss://realtime.example-ai.io/socket'), transport: 'websocket', body_base64: b64(JSON.stringify({ op: 'cart', items: [s.product] })) }, 'ws_binary', [['product', 'websocket_binary']])],
  [3, 'percent3', (s) => label(get(`https://r.example-ads.io/c?u=${enc(enc(enc(`https://shop.example/?email=${s.email}`)))}`), 'percent3', [['email', 'percent_3']])],
  [3, 'html', (s) => label(post('https://api.openai.com/v1/responses', JSON.stringify({ model: 'gpt-4.1-mini', instructions: 'Rewrite the order page for the customer.', input: `<td>${entities(s.name)}</td><td>${entities(s.address)}</td>` })), 'html', [['name', 'html_entity'], ['address', 'html_entity']], { detect: ['system-prompt'] })],
  [3, 'sha512', (s) => label(get(`https://px.example-ads.io/p?eh=${hex(sha512, s.email.toLowerCase())}`), 'sha512', [['email', 'sha512']])],
  [3, 'md5_e164', (s) => label(get(`https://px.example-ads.io/p?ph=${hex(md5, '+' + digits(s.phone))}`), 'md5_e164', [['phone', 'md5_e164']])],
  [3, 'sha1_raw_b64', (s) => label(post('https://capi.example-ads.io/ev', JSON.stringify({ user_data: { em: b64(sha1(utf8ToBytes(s.email.toLowerCase()))) } })), 'sha1_raw_b64', [['email', 'sha1_raw_base64']])],
  [3, 'sha256_b64url_json', (s) => label(get(`https://t.example-ads.io/i?d=${b64(JSON.stringify({ em: hex(sha256, s.email.toLowerCase()), ts: 1 }), true)}`), 'sha256_b64url_json', [['email', 'base64url_json_sha256']])],
  [4, 'keystroke', (s, r) => label(get(`https://search.example-ai.io/autocomplete?field=email&v=${enc(s.email.slice(0, -r.int(1, 2)))}`), 'keystroke', [['email', 'truncated']])],
  [3, 'json_escape', (s) => label(post('https://api.mistral.ai/v1/chat/completions', chat(`Customer ${s.name}`).replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)), 'json_escape', [['name', 'json_escaped']], { detect: ['system-prompt'] })],
  [2, 'large', (s, r) => {
    const rows = Array.from({ length: r.int(300, 1200) }, (_, i) => ({ id: i, title: `Item ${i} ${words(r, 6)}`, body: words(r, 30), url: `https://shop.example/p/${i}/?ref=${r.chars(8, 'abcdef0123456789')}` }));
    rows[r.int(10, 200)]!.body += ` contact ${s.email}`;
    return label(post('https://api.openai.com/v1/embeddings', JSON.stringify({ model: 'text-embedding-3-small', input: rows })), 'large', [['email', 'buried_in_large']]);
  }],
  [2, 'key_header', (_s, r) => label({ ...post('https://api.openai.com/v1/chat/completions', chat(words(r, 6))), headers: [['Authorization', `Bearer sk-proj-${r.chars(48, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-')}`]] }, 'key_header', [], { detect: ['ai-api-key', 'system-prompt'] })],
  [2, 'key_ws', (_s, r) => label({ ...get('wss://api.openai.com/v1/realtime?model=gpt-4o-realtime-preview'), transport: 'websocket', protocols: ['realtime', `openai-insecure-api-key.sk-proj-${r.chars(40, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789')}`, 'openai-beta.realtime-v1'] }, 'key_ws', [], { detect: ['ai-api-key'] })],
  [2, 'woo_key', (_s, r) => label(get(`https://shop.example/wp-json/wc/v3/products?consumer_key=ck_${r.chars(40, '0123456789abcdef')}&consumer_secret=cs_${r.chars(40, '0123456789abcdef')}`), 'woo_key', [], { detect: ['woocommerce-rest-key'] })],
  [2, 'algolia_write', (_s, r) => label({ ...post('https://abc123.algolia.net/1/indexes/products/batch', '{"requests":[]}'), headers: [['X-Algolia-API-Key', r.chars(32, '0123456789abcdef')], ['X-Algolia-Application-Id', 'ABC123']] }, 'algolia_write', [], { detect: ['algolia-admin-key'] })],
  [2, 'card', () => label(post('https://api.openai.com/v1/chat/completions', chat('My card 4111 1111 1111 1111 was charged twice')), 'card', [], { detect: ['payment-card', 'system-prompt'] })],
  [2, 'iban', () => label(post('https://support.example-ai.io/msg', JSON.stringify({ text: 'Refund to DE89 3704 0044 0532 0130 00 please' })), 'iban', [], { detect: ['iban'] })],
  [2, 'other_contact', (_s, r) => label(post('https://support.example-ai.io/msg', JSON.stringify({ from: `guest${r.int(100, 999)}@example.net`, telephone: `+44 20 7946 ${r.int(1000, 9999)}` })), 'other_contact', [], { detect: ['email-address', 'phone-number'] })],
];

/** Near misses that must not count as this shopper's leak (and keys that are public by design). */
const DECOYS: [number, string, Gen][] = [
  [3, 'first_name_only', (s) => label(post('https://api.openai.com/v1/chat/completions', chat(`Hello ${s.first}, welcome back!`)), 'decoy', [], { decoys: ['first_name_only'] })],
  [3, 'last_name_alone', (s) => label(get(`https://search.example-ai.io/q?q=${enc(s.last)}+family+recipes`), 'decoy', [], { decoys: ['last_name_alone'] })],
  [3, 'typo_email', (s) => label(get(`https://px.example-ads.io/p?e=${enc(s.email.replace(/^(..)./, (_m, p: string) => p + (s.email[2] === 'q' ? 'z' : 'q')))}`), 'decoy', [], { decoys: ['typo_email'] })],
  [2, 'other_domain', (s) => label(get(`https://px.example-ads.io/p?e=${enc(s.email.replace('@', '@x'))}`), 'decoy', [], { decoys: ['other_domain'] })],
  [2, 'sku_off_by_one', (s) => label(get(`https://rec.example-ai.io/v?sku=${s.sku.replace(/\d$/, (d) => String((+d + 1) % 10))}`), 'decoy', [], { decoys: ['sku_off_by_one'] })],
  [2, 'phone_changed', (s) => label(post('https://support.example-ai.io/msg', JSON.stringify({ note: `call ${s.phone.replace(/\d(?=\D*$)/, (d) => String((+d + 5) % 10))}` })), 'decoy', [], { decoys: ['phone_changed'] })],
  [2, 'other_hash', (s, r) => label(get(`https://px.example-ads.io/p?eh=${hex(sha256, `x${r.int(1, 999)}${s.email.toLowerCase()}`)}`), 'decoy', [], { decoys: ['other_hash'] })],
  [2, 'price_qty', (_s, r) => label(post('https://rec.example-ai.io/cart', JSON.stringify({ total: (r.int(500, 9000) / 100).toFixed(2), qty: r.int(1, 4) })), 'decoy', [], { decoys: ['price_qty'] })],
  [2, 'algolia_search_key', (s, r) => label({ ...post('https://abc123-dsn.algolia.net/1/indexes/*/queries', JSON.stringify({ requests: [{ indexName: 'products', params: 'query=tea&hitsPerPage=8' }] })), headers: [['X-Algolia-API-Key', r.chars(32, '0123456789abcdef')]], nodetect: ['algolia-admin-key', 'api-key'] }, 'decoy', [], { decoys: ['algolia_search_key'] })],
  [2, 'maps_key', (_s, r) => label({ ...get(`https://maps.googleapis.com/maps/api/js?key=AIza${r.chars(35, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-')}`), nodetect: ['ai-api-key'] }, 'decoy', [], { decoys: ['maps_key'] })],
  [2, 'not_a_card', (_s, r) => label({ ...post('https://rec.example-ai.io/t', JSON.stringify({ ts: 1712345678901 + r.int(0, 999), order: '4111 1111 1111 1112' })), nodetect: ['payment-card'] }, 'decoy', [], { decoys: ['luhn_invalid'] })],
];

function weighted(r: Rng, table: [number, string, Gen][]): Gen {
  const total = table.reduce((a, [w]) => a + w, 0);
  let x = r.next() * total;
  for (const [w, , g] of table) if ((x -= w) < 0) return g;
  return table[table.length - 1]![2];
}

/** `n` records; about a quarter are decoys. Same seed and n give the same corpus. */
export function makeCorpus(n: number, seed = 1): CorpusRecord[] {
  const r = new Rng(seed);
  const shoppers = makeShoppers(r, 24);
  const out: CorpusRecord[] = [];
  for (let i = 0; i < n; i++) {
    const s = r.pick(shoppers);
    const item = weighted(r, r.chance(0.25) ? DECOYS : KINDS)(s, r);
    out.push({ ...item, id: `L${String(i).padStart(5, '0')}`, seeds: seedsOf(s) });
  }
  return out;
}
