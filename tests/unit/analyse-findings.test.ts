import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { BodyRecord } from '@/utils/body';
import { catalogWith } from '@/utils/catalog/catalog';
import { analyse, saltedHash, type AnalyseRecord, type AnalyseSettings } from '@/utils/analyse';
import { SeedIndex, type Seed } from '@/utils/detect';
import type { FindingDraft } from '@/utils/finding';

// What analyse concludes for one request: the finding (or none), its severity, its references and
// its redacted evidence, for one shopper's seeds.

const STORE = 'https://shop.example';
const SHOPPER = {
  email: 'jane.doe@example.com',
  fullName: 'Jane Doe',
  phone: '+44 20 7946 0958',
  sku: 'HD-BLU-42',
  item: 'Blue Hoodie',
  query: 'waterproof hiking boots',
};

const SEEDS: Seed[] = [
  { kind: 'email', value: SHOPPER.email, shopperId: 's1' },
  { kind: 'full-name', value: SHOPPER.fullName, shopperId: 's1' },
  { kind: 'first-name', value: 'Jane', shopperId: 's1' },
  { kind: 'last-name', value: 'Doe', shopperId: 's1' },
  { kind: 'phone', value: SHOPPER.phone, shopperId: 's1' },
  { kind: 'cart-sku', value: SHOPPER.sku, shopperId: 's1' },
  { kind: 'cart-item-name', value: SHOPPER.item, shopperId: 's1' },
  { kind: 'cart-price', value: '49.90', shopperId: 's1' },
  { kind: 'search-query', value: SHOPPER.query, shopperId: 's1' },
];

const seedIndex = () => new SeedIndex(SEEDS);
const catalog = catalogWith();

const SETTINGS: AnalyseSettings = { storeOrigins: [STORE], evidenceMode: false, salt: 'salt-A' };

const SCRIPT = `${STORE}/wp-content/plugins/ai-chat/chat.js?ver=1.0`;

const textBody = (text: string, contentType = 'application/json'): BodyRecord => ({ kind: 'text', status: 'ok', text, size: text.length, capturedBytes: text.length, contentType });

let n = 0;
function record(url: string, over: Partial<AnalyseRecord> & { text?: string; contentType?: string } = {}): AnalyseRecord {
  const { text, contentType, ...rest } = over;
  const r: AnalyseRecord = { id: `r${++n}`, url, method: text === undefined ? 'GET' : 'POST', transport: 'fetch', initiator: { url: SCRIPT, method: 'stack' }, ...rest };
  if (text !== undefined) r.body = textBody(text, contentType);
  return r;
}

const json = (v: unknown) => JSON.stringify(v);
const b64 = (s: string) => Buffer.from(s, 'utf8').toString('base64');

const run = (r: ReturnType<typeof record>, settings = SETTINGS) => analyse(r, seedIndex(), catalog, settings);
const only = (findings: FindingDraft[], category: string) => {
  const f = findings.filter((x) => x.dataCategory === category);
  expect(f, `one finding for ${category}`).toHaveLength(1);
  return f[0]!;
};

const chat = (content: string, system?: string) =>
  json({ model: 'gpt-4o-mini', messages: [...(system ? [{ role: 'system', content: system }] : []), { role: 'user', content }] });
const emailB64Chat = chat(`please help, my id is ${b64(SHOPPER.email)}`);

describe('findings for customer data sent to AI destinations', () => {
  it.each([
    {
      name: 'the email base64-encoded inside a JSON string to api.openai.com is a critical US transfer',
      rec: record('https://api.openai.com/v1/chat/completions', { text: emailB64Chat }),
      category: 'email', severity: 'critical', kind: 'ai-data-transfer', chain: 'base64', country: 'US',
      compliance: [/^GDPR Art\. 44 \(US vendor; EEA entity OpenAI Ireland Limited, IE\)$/, /GDPR Art\. 5\(1\)\(c\)/, /OWASP LLM02:2025/],
    },
    {
      name: 'the same request to the EU endpoint names that endpoint in its Art. 44 reference',
      rec: record('https://eu.api.openai.com/v1/chat/completions', { text: emailB64Chat }),
      category: 'email', severity: 'critical', kind: 'ai-data-transfer', chain: 'base64', country: 'US',
      compliance: [/^GDPR Art\. 44 \(.*EU endpoint eu\.api\.openai\.com\)$/],
    },
    {
      name: 'a search query to Algolia (an EEA vendor) is medium and has no Art. 44 reference',
      rec: record('https://latency-dsn.algolia.net/1/indexes/*/queries?x-algolia-application-id=LATENCY', { text: json({ requests: [{ indexName: 'products', params: `query=${encodeURIComponent(SHOPPER.query)}&hitsPerPage=8` }] }) }),
      category: 'search-query', severity: 'medium', kind: 'ai-data-transfer', country: 'FR',
      compliance: [/GDPR Art\. 5\(1\)\(c\)/], noCompliance: /Art\. 44/,
    },
    {
      name: 'a cart SKU to an AI chat widget is high',
      rec: record('https://api-iam.intercom.io/messenger/web/conversations', { text: json({ body: `Is ${SHOPPER.sku} in stock?`, app_id: 'abc' }) }),
      category: 'cart-sku', severity: 'high', kind: 'ai-data-transfer', country: 'US',
      compliance: [/GDPR Art\. 44/],
    },
    {
      name: 'an OpenAI secret key in a header to an AI host is critical under Art. 32',
      rec: record('https://api.openai.com/v1/chat/completions', { text: chat('hello'), requestHeaders: [['Authorization', 'Bearer sk-proj-abcdefghijklmnopqrstuvwxyz0123456789AB']] }),
      category: 'ai-api-key', severity: 'critical', kind: 'ai-data-transfer', chain: 'header:authorization',
      compliance: [/^GDPR Art\. 32$/, /OWASP LLM02:2025/], noCompliance: /Art\. 44/,
    },
    {
      name: 'a system prompt in a client-side request is a high system prompt exposure',
      rec: record('https://api.openai.com/v1/chat/completions', { text: chat('hello', 'You are the shop assistant of Shop Example. Never mention competitor prices or internal discount rules.') }),
      category: 'system-prompt', severity: 'high', kind: 'ai-data-transfer',
      compliance: [/^OWASP LLM07:2025$/],
    },
    {
      name: 'the email posted to the AI Engine chat route on the store is a medium server-side relay',
      rec: record(`${STORE}/wp-json/mwai-ui/v1/chats/submit`, { text: json({ botId: 'default', newMessage: `my email is ${SHOPPER.email}` }) }),
      category: 'email', severity: 'medium', kind: 'server-side-relay',
      compliance: [/GDPR Art\. 44 \(check: /],
    },
    {
      name: 'the shopper\'s data to Ollama on localhost is info about sovereign AI, never a leak',
      rec: record('http://localhost:11434/api/generate', { text: json({ model: 'llama3', prompt: `Write to ${SHOPPER.email} about ${SHOPPER.item}` }) }),
      category: 'email', severity: 'info', kind: 'sovereign-ai', noCompliance: /GDPR/,
    },
  ])('$name', ({ rec, category, severity, kind, chain, country, compliance = [], noCompliance }) => {
    const result = run(rec);
    const f = only(result.findings, category);
    expect(f).toMatchObject({ severity, kind, transport: 'fetch', partial: false });
    if (chain) expect(f.evidence.some((e) => e.chain.includes(chain))).toBe(true);
    if (country) expect(f.destination.country).toBe(country);
    for (const re of compliance) expect(f.compliance.some((c) => re.test(c)), `${re} in ${f.compliance.join(' | ')}`).toBe(true);
    if (noCompliance) expect(f.compliance.join(' | ')).not.toMatch(noCompliance);
    expect(f.remediation).toMatch(/^[A-Z].*\.$/);
    expect(f.remediation).not.toMatch(/\. [A-Z]/);
    expect(result.nonAiSeedFlows).toBe(0);
  });

  it('names the plugin of a server-side relay and rates it below a direct transfer', () => {
    const f = only(run(record(`${STORE}/wp-json/mwai-ui/v1/chats/submit`, { text: json({ newMessage: SHOPPER.email }) })).findings, 'email');
    expect(f.destination).toMatchObject({ kind: 'first-party-relay', entryId: 'wp-ai-engine' });
    expect(f.destination.plugins?.join()).toMatch(/AI Engine/);
    expect(f.confidence).not.toBe('high');
  });

  it('rates a catalogued destination with the shopper\'s own seed as high confidence', () => {
    expect(only(run(record('https://api.openai.com/v1/chat/completions', { text: emailB64Chat })).findings, 'email').confidence).toBe('high');
  });

  it('lowers confidence by one step when the scan ran out of budget', () => {
    const big = chat(`${'lorem ipsum '.repeat(200)} ${SHOPPER.email}`);
    const rec = record('https://api.openai.com/v1/chat/completions', { text: big.replace('lorem', SHOPPER.email) });
    const result = run(rec, { ...SETTINGS, budget: { maxBytes: 1500 } });
    expect(result.partial).toBe(true);
    const f = only(result.findings, 'email');
    expect(f).toMatchObject({ partial: true, confidence: 'medium' });
  });

  it('reports an AI host contacted without customer data as one low ai-integration finding', () => {
    const result = run(record('https://api.anthropic.com/v1/messages', { text: json({ model: 'claude', max_tokens: 10, messages: [{ role: 'user', content: 'hi' }] }) }));
    expect(result.findings).toHaveLength(1);
    expect(result.findings[0]).toMatchObject({ kind: 'ai-integration', severity: 'low', dataCategory: 'none', evidence: [] });
  });

  it('reports Ollama on localhost without customer data as info sovereign AI', () => {
    const result = run(record('http://127.0.0.1:11434/api/generate', { text: json({ model: 'llama3', prompt: 'hi' }) }));
    expect(result.findings.map((f) => [f.kind, f.severity])).toEqual([['sovereign-ai', 'info']]);
  });

  it('makes a context-only match (a price) no finding of its own', () => {
    const result = run(record('https://api.anthropic.com/v1/messages', { text: json({ model: 'claude', messages: [{ role: 'user', content: 'anything under 49.90?' }] }) }));
    expect(result.findings.map((f) => f.kind)).toEqual(['ai-integration']);
  });

  it('reports the email once, not again as a seedless email address', () => {
    const result = run(record('https://api.openai.com/v1/chat/completions', { text: chat(`I am ${SHOPPER.email}`) }));
    expect(result.findings.map((f) => f.dataCategory).sort()).toEqual(['email']);
  });

  it('keeps one finding per data category with all its evidence', () => {
    const result = run(record('https://api.openai.com/v1/chat/completions', { text: json({ model: 'm', messages: [{ role: 'user', content: SHOPPER.email }, { role: 'user', content: b64(SHOPPER.email) }] }) }));
    expect(only(result.findings, 'email').evidence.length).toBe(2);
  });
});

describe('other transports, shapes and relays', () => {
  it('judges a WebSocket frame to the OpenAI realtime socket like a request', () => {
    const frame = record('wss://api.openai.com/v1/realtime?model=gpt-4o-realtime-preview', {
      method: 'SEND', transport: 'websocket-frame',
      text: json({ type: 'conversation.item.create', item: { type: 'message', role: 'user', content: [{ type: 'input_text', text: `call me on ${SHOPPER.phone}` }] } }),
    });
    const f = only(run(frame).findings, 'phone');
    expect(f).toMatchObject({ severity: 'critical', transport: 'websocket-frame', kind: 'ai-data-transfer' });
  });

  it('reads a FormData body kept as entries', () => {
    const rec = record('https://api.openai.com/v1/audio/transcriptions', { method: 'POST' });
    rec.body = { kind: 'formdata', status: 'ok', parts: [{ name: 'model', value: 'whisper-1' }, { name: 'prompt', value: `Customer ${SHOPPER.fullName}` }], size: null, capturedBytes: 0 };
    expect(only(run(rec).findings, 'full-name').evidence[0]!.path).toBe('prompt');
  });

  it('gives an unlisted AI endpoint the classifier\'s confidence and an Art. 44 check', () => {
    const result = run(record('https://gpt-proxy.vendor.example/api/ask', { text: chat(`I am ${SHOPPER.email}`) }));
    expect(result.destination.kind).toBe('unlisted-ai');
    const f = only(result.findings, 'email');
    expect(f.confidence).toBe(result.destination.kind === 'unlisted-ai' ? result.destination.confidence : 'none');
    expect(f).toMatchObject({ severity: 'critical', destination: { kind: 'unlisted-ai', country: 'unknown' } });
    expect(f.compliance).toContain('GDPR Art. 44 (check: vendor country not verified)');
  });

  it.each([
    ['an LLM-shaped body posted to the store without a seed is a medium possible relay', record(`${STORE}/custom/ask`, { text: chat('which boots are waterproof?') }), 'server-side-relay', 'llm-prompt', 'medium'],
    ['a known AI plugin route without customer data is low AI presence', record(`${STORE}/wp-json/mwai/v1/start_session`, { text: '{}' }), 'ai-integration', 'none', 'low'],
  ])('%s', (_, rec, kind, category, severity) => {
    const result = run(rec);
    expect(result.findings.map((f) => [f.kind, f.dataCategory, f.severity])).toEqual([[kind, category, severity]]);
  });

  it('treats the store on loopback as first-party, not sovereign AI', () => {
    const result = run(record('http://127.0.0.1:8080/wp-json/wc/store/v1/cart', { text: json({ email: SHOPPER.email }) }), { ...SETTINGS, storeOrigins: ['http://127.0.0.1:8080'] });
    expect(result).toMatchObject({ findings: [], nonAiSeedFlows: 1 });
  });

  it('treats a loopback host with no sign of AI as no AI destination', () => {
    const result = run(record('http://127.0.0.1:9000/collect', { text: json({ email: SHOPPER.email }) }));
    expect(result).toMatchObject({ findings: [], nonAiSeedFlows: 1 });
  });

  it('reports a user-marked sovereign endpoint as info', () => {
    const settings = { ...SETTINGS, sovereignEndpoints: ['https://llm.merchant.example'] };
    const result = run(record('https://llm.merchant.example/v1/chat/completions', { text: chat(SHOPPER.email) }), settings);
    expect(result.findings.map((f) => [f.kind, f.severity, f.dataCategory])).toEqual([['sovereign-ai', 'info', 'email']]);
  });
});

describe('requests that make no AI finding', () => {
  it.each([
    ['the Store API cart on the store', record(`${STORE}/wp-json/wc/store/v1/cart/add-item`, { text: json({ id: 12, quantity: 1, sku: SHOPPER.sku }) })],
    ['a ?wc-ajax= checkout on the store', record(`${STORE}/?wc-ajax=checkout`, { text: `billing_email=${encodeURIComponent(SHOPPER.email)}&billing_phone=${encodeURIComponent(SHOPPER.phone)}`, contentType: 'application/x-www-form-urlencoded' })],
    ['a payment gateway', record('https://api.stripe.com/v1/payment_methods', { text: `billing_details[email]=${encodeURIComponent(SHOPPER.email)}&billing_details[name]=Jane+Doe`, contentType: 'application/x-www-form-urlencoded' })],
    ['a CDN', record(`https://cdn.jsdelivr.net/npm/lib@1/x.js?ref=${encodeURIComponent(SHOPPER.email)}`)],
    ['plain analytics', record(`https://www.google-analytics.com/g/collect?v=2&tid=G-XYZ&en=search&ep.search_term=${encodeURIComponent(SHOPPER.query)}`)],
  ])('%s with the shopper\'s data makes no finding and counts a non-AI flow', (_, rec) => {
    const result = run(rec);
    expect(result.findings).toEqual([]);
    expect(result.nonAiSeedFlows).toBeGreaterThanOrEqual(1);
    expect(['first-party', 'third-party']).toContain(result.destination.kind);
  });

  it('counts nothing for a non-AI request without the shopper\'s data', () => {
    expect(run(record('https://cdn.jsdelivr.net/npm/lib@1/x.js'))).toMatchObject({ findings: [], nonAiSeedFlows: 0, partial: false });
  });

  it('returns an empty partial result instead of throwing on a broken record', () => {
    const broken = { ...record('https://api.openai.com/v1/chat/completions'), body: { get text(): string { throw new Error('boom'); } } } as unknown as ReturnType<typeof record>;
    expect(run(broken)).toMatchObject({ findings: [], nonAiSeedFlows: 0, partial: true });
  });
});

describe('finding keys', () => {
  it('keeps the key when the source script only changes its ?ver=', () => {
    const key = (ver: string) => only(run(record('https://api.openai.com/v1/chat/completions', { text: emailB64Chat, initiator: { url: `${STORE}/wp-content/plugins/ai-chat/chat.js?ver=${ver}`, method: 'stack' } })).findings, 'email').key;
    expect(key('1.0')).toBe(key('2.0'));
    expect(key('1.0')).toContain('openai@api.openai.com');
    expect(key('1.0')).not.toContain('ver=');
  });

  it('gives different keys to different data categories and destinations', () => {
    const text = chat(`${SHOPPER.email} wants ${SHOPPER.sku}`);
    const keys = [
      ...run(record('https://api.openai.com/v1/chat/completions', { text })).findings.map((f) => f.key),
      ...run(record('https://eu.api.openai.com/v1/chat/completions', { text })).findings.map((f) => f.key),
    ];
    expect(new Set(keys).size).toBe(4);
  });
});

const leak = (path = '/v1/chat/completions') =>
  record(`https://api.openai.com${path}?user=${encodeURIComponent(SHOPPER.email)}`, {
    text: json({ model: 'm', messages: [{ role: 'user', content: `${SHOPPER.email} / ${b64(SHOPPER.email)}` }] }),
  });
const emailFinding = (settings = SETTINGS) => analyse(leak(), seedIndex(), catalog, settings).findings.find((f) => f.dataCategory === 'email')!;

describe('evidence of a finding', () => {
  it('never contains the raw email outside evidence mode', () => {
    const result = analyse(leak(), seedIndex(), catalog, SETTINGS);
    const text = JSON.stringify(result.findings).toLowerCase();
    expect(text).not.toContain(SHOPPER.email);
    expect(text).not.toContain(b64(SHOPPER.email).toLowerCase());
    expect(result.maskedUrl).toBeDefined();
    expect(result.maskedUrl!.toLowerCase()).not.toContain(encodeURIComponent(SHOPPER.email).toLowerCase());
    for (const e of emailFinding().evidence) expect(e).toMatchObject({ preview: 'j***@e***.com', category: 'email' });
  });

  it('keeps the raw value in evidence mode only', () => {
    expect(emailFinding().evidence.every((e) => e.raw === undefined)).toBe(true);
    expect(emailFinding({ ...SETTINGS, evidenceMode: true }).evidence.every((e) => e.raw?.toLowerCase() === SHOPPER.email)).toBe(true);
  });

  it('records the chain and the JSON path or parameter that held the value', () => {
    const chains = emailFinding().evidence.map((e) => [e.chain.join(' › '), e.path]);
    expect(chains).toContainEqual(['json:$.messages[0].content › base64 › text', '$.messages[0].content']);
    expect(chains).toContainEqual(['query:user › text', 'user']);
  });

  it.each([
    ['the same salt gives the same hash', 'salt-A', 'salt-A', true],
    ['different salts give different hashes', 'salt-A', 'salt-B', false],
  ])('%s', (_, a, b, same) => {
    const hash = (salt: string) => emailFinding({ ...SETTINGS, salt }).evidence[0]!.hash;
    expect(hash(a)).toMatch(/^[0-9a-f]{16}$/);
    expect(hash(a) === hash(b)).toBe(same);
  });

  it('hashes the salt followed by the value with sha256', () => {
    // sha256("abc") = ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad
    expect(saltedHash('a', 'bc')).toBe('ba7816bf8f01cfea');
  });
});

describe('bad input', () => {
  const shape = (r: ReturnType<typeof run>) => {
    expect(Array.isArray(r.findings)).toBe(true);
    expect(typeof r.nonAiSeedFlows).toBe('number');
    expect(typeof r.partial).toBe('boolean');
  };

  it.each([
    ['10,000 levels of JSON nesting', record('https://api.openai.com/v1/chat/completions', { text: '['.repeat(10_000) + json(SHOPPER.email) + ']'.repeat(10_000) })],
    ['invalid percent and base64 sequences', record('https://api.openai.com/v1/x?q=%E0%A4%A&d=@@==', { text: '%%%zz==!!' })],
    ['a URL that does not parse', record('http://[::1', { text: SHOPPER.email })],
    ['an empty URL and method', { ...record(''), method: '' }],
    ['a 4 MB body', record('https://api.openai.com/v1/chat/completions', { text: `${'a'.repeat(4 * 1024 * 1024)} ${SHOPPER.email}` })],
  ])('returns a result for %s', (_, rec) => {
    expect(() => shape(run(rec))).not.toThrow();
  });

  it('never throws on random records', () => {
    const header = fc.tuple(fc.string({ maxLength: 20 }), fc.string({ maxLength: 80 }));
    fc.assert(
      fc.property(
        fc.oneof(fc.webUrl({ withQueryParameters: true, withFragments: true }), fc.string({ maxLength: 120 })),
        fc.string({ maxLength: 400 }),
        fc.array(header, { maxLength: 4 }),
        fc.constantFrom('fetch', 'xhr', 'beacon', 'websocket-frame', 'eventsource', ''),
        (url, text, requestHeaders, transport) => shape(run(record(url, { text, requestHeaders, transport }))),
      ),
      { numRuns: 300 },
    );
  });
});
