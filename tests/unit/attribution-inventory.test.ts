import { describe, expect, it } from 'vitest';
import { findExposures } from '@/utils/attribution/exposures';
import { buildInventory } from '@/utils/attribution/inventory';
import type { AttributionContext } from '@/utils/attribution/types';
import { catalogWith } from '@/utils/catalog/catalog';

const STORE = 'https://shop.example';
const ctx: AttributionContext = { storeOrigins: [STORE], catalog: catalogWith() };
const OPENAI_KEY = `sk-proj-${'A1b2C3d4E5'.repeat(4)}Zq`;
const DF_TOKEN = '0123456789abcdef0123456789abcd9f';

describe('building the inventory of what a page loads', () => {
  const inventory = buildInventory({
    scripts: [
      `${STORE}/wp-content/plugins/ai-engine/app/chatbot.js?ver=3.6.2`,
      `${STORE}/wp-content/plugins/ai-engine/app/chatbot.js?ver=3.6.2`,
      'https://code.tidio.co/abc.js',
      `${STORE}/wp-includes/js/jquery/jquery.min.js?ver=3.7.1`,
      'https://c0.wp.com/p/woocommerce/10.3.0/assets/js/frontend/woocommerce.min.js',
    ],
    iframes: ['https://www.youtube.com/embed/x'],
    globals: ['jQuery', 'wp_chatbot_obj', 'tidioChatCode', 'wcSettings'],
  }, ctx);

  it('lists every distinct script and iframe with its component', () => {
    expect(inventory.components.map((c) => [c.loadedAs, c.kind, c.slug])).toEqual([
      ['script', 'plugin', 'ai-engine'],
      ['script', 'widget', 'tidio'],
      ['script', 'core', undefined],
      ['script', 'plugin', 'woocommerce'],
      ['iframe', 'third-party', undefined],
    ]);
    expect(inventory.components[0]).toMatchObject({ url: `${STORE}/wp-content/plugins/ai-engine/app/chatbot.js?ver=3.6.2`, version: '3.6.2' });
  });

  it.each([
    ['an AI plugin asset', { entryId: 'wp-ai-engine', plugin: 'ai-engine', kind: 'plugin-asset', evidence: `${STORE}/wp-content/plugins/ai-engine/app/chatbot.js?ver=3.6.2` }],
    ['a catalogued widget loader', { entryId: 'tidio', vendor: 'Tidio', kind: 'loader', evidence: 'https://code.tidio.co/abc.js' }],
    ['an AI plugin global', { entryId: 'wp-wpbot', vendor: 'QuantumCloud', kind: 'global', evidence: 'window.wp_chatbot_obj' }],
    ['a widget global', { entryId: 'tidio', kind: 'global', evidence: 'window.tidioChatCode' }],
  ])('reports %s as an AI integration', (_name, expected) => {
    expect(inventory.aiIntegrations).toContainEqual(expect.objectContaining(expected));
  });

  it('reports nothing as AI for core, WooCommerce, jQuery or a video iframe', () => {
    expect(inventory.aiIntegrations).toHaveLength(4);
  });

  it('reports no AI integration for a page of ordinary scripts', () => {
    const plain = buildInventory({ scripts: [`${STORE}/wp-content/themes/storefront/a.js`], iframes: [], globals: ['jQuery'] }, ctx);
    expect(plain).toEqual({ components: [expect.objectContaining({ kind: 'theme' })], aiIntegrations: [], exposures: [] });
  });

  it('caps the number of URLs on a hostile page', () => {
    const many = Array.from({ length: 5000 }, (_, i) => `${STORE}/wp-content/plugins/p${i}/a.js`);
    expect(buildInventory({ scripts: many, iframes: [], globals: [] }, ctx).components).toHaveLength(500);
  });

  it('finds exposures in inline scripts', () => {
    const found = buildInventory({ scripts: [], iframes: [], globals: [], inlineScriptSnippets: [`var cfg = {"key":"${OPENAI_KEY}"};`] }, ctx);
    expect(found.exposures).toEqual([{ kind: 'api-key', where: 'inline script 1, openai key', preview: 'sk-proj-***Zq' }]);
  });
});

describe('finding secrets and system prompts exposed in inline scripts', () => {
  const cases: [string, string, { kind: string; preview: string }[]][] = [
    ['an OpenAI project key', `const k = '${OPENAI_KEY}';`, [{ kind: 'api-key', preview: 'sk-proj-***Zq' }]],
    ['an Anthropic key', `x="sk-ant-api03-${'x'.repeat(30)}Yy"`, [{ kind: 'api-key', preview: 'sk-ant-***Yy' }]],
    ['a Google AI key', `apiKey: "AIza${'B'.repeat(33)}Qr"`, [{ kind: 'api-key', preview: 'AI***Qr' }]],
    ['a Groq key', `"gsk_${'a'.repeat(40)}Gh"`, [{ kind: 'api-key', preview: 'gsk_***Gh' }]],
    ['a Hugging Face token', `"hf_${'c'.repeat(32)}Hf"`, [{ kind: 'api-key', preview: 'hf_***Hf' }]],
    ['a Replicate token', `"r8_${'d'.repeat(32)}Rr"`, [{ kind: 'api-key', preview: 'r8_***Rr' }]],
    ['an xAI key', `"xai-${'e'.repeat(40)}Xx"`, [{ kind: 'api-key', preview: 'xai-***Xx' }]],
    ['a Dialogflow client token in a plugin config', `var wp_chatbot_obj = {"ai_df_token":"${DF_TOKEN}"};`, [{ kind: 'dialogflow-token', preview: '01***9f' }]],
    ['a Dialogflow token sent as a Bearer header', `fetch("https://api.dialogflow.com/v1/query",{headers:{Authorization:"Bearer ${DF_TOKEN}"}})`, [{ kind: 'dialogflow-token', preview: '01***9f' }]],
    ['a system_prompt value', `var bot = {system_prompt: "You are a helpful shop assistant for ACME"};`, [{ kind: 'system-prompt', preview: 'You are a… (41 chars)' }]],
    ['a "role":"system" message', `{"messages":[{"role":"system","content":"Never reveal discounts."}]}`, [{ kind: 'system-prompt', preview: 'Never reveal discounts.… (23 chars)' }]],
    ['a system message in JSON inside a string literal', `JSON.parse("{\\"role\\":\\"system\\",\\"content\\":\\"Sell more.\\"}")`, [{ kind: 'system-prompt', preview: 'Sell more.… (10 chars)' }]],
    ['a system message with content first', `{"content":"Be brief.","role":"system"}`, [{ kind: 'system-prompt', preview: 'Be brief.… (9 chars)' }]],
    ['AI instructions next to a model setting', `{model:"gpt-4o", instructions:"Answer only questions about our products."}`, [{ kind: 'system-prompt', preview: 'Answer only questions… (41 chars)' }]],
    ['ordinary UI instructions are not a prompt', `{instructions: "Enter your card number to pay for the order"}`, []],
    ['an empty system prompt is not an exposure', `{system_prompt: ""}`, []],
    ['a key inside a longer token is not a key', `"xsk-proj-${'A'.repeat(30)}"`, []],
    ['a 32-hex value under an unrelated name is not a Dialogflow token', `{"cart_hash":"${DF_TOKEN}"}`, []],
    ['a WooCommerce nonce is not an exposure', `var wc_checkout_params = {"update_order_review_nonce":"a1b2c3d4e5"};`, []],
  ];

  it.each(cases)('%s', (_name, snippet, expected) => {
    expect(findExposures([snippet]).map(({ kind, preview }) => ({ kind, preview }))).toEqual(expected);
  });

  it('never shows more than a prefix and the last 2 characters of a key', () => {
    const [exposure] = findExposures([`k="${OPENAI_KEY}"`]);
    expect(exposure!.preview.replace('***', '')).toBe('sk-proj-Zq');
    expect(exposure!.preview).not.toContain(OPENAI_KEY.slice(8, 20));
  });

  it('says which inline script exposed what', () => {
    expect(findExposures(['var a = 1;', `{"ai_df_token":"${DF_TOKEN}"}`])).toEqual([
      { kind: 'dialogflow-token', where: 'inline script 2, key ai_df_token', preview: '01***9f' },
    ]);
  });

  it.each([
    ['a long run of identifier characters', `${'x'.repeat(2_000_000)}"${OPENAI_KEY}"`],
    ['many unterminated system messages', '{"role":"system","content":"'.repeat(5000)],
    ['many unterminated prompt values', 'system_prompt:"'.repeat(8000)],
    ['many 32-hex values', `{"a":"${DF_TOKEN}",`.repeat(3000)],
  ])('returns a bounded answer on a hostile snippet: %s', (_name, snippet) => {
    // Speed on such input is the bench's business; here: it returns, with a bounded list.
    expect(findExposures([snippet]).length).toBeLessThanOrEqual(50);
  });
});
