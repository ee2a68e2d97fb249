import { describe, expect, it } from 'vitest';
import { detectAiSignals, scoreSignals, type AiSignal } from '@/utils/catalog/ai-signals';
import { llmBodyShapes } from '@/utils/catalog/body-shape';
import { catalogWith } from '@/utils/catalog/catalog';
import { ajaxAction, matchPluginRoute, wpRestRoute } from '@/utils/catalog/wp-relay';

const json = (value: unknown) => JSON.stringify(value);

describe('LLM-shaped request bodies', () => {
  it.each([
    ['OpenAI chat', { model: 'gpt', messages: [{ role: 'user', content: 'hi' }] }, ['model+messages[].role/content']],
    ['messages without a model', { messages: [{ role: 'user', content: 'hi' }], newMessage: 'hi' }, ['messages[].role/content']],
    ['a completion prompt', { model: 'llama3', prompt: 'hi' }, ['model+prompt']],
    ['a bare prompt', { prompt: 'hi' }, ['prompt']],
    ['Gemini contents', { contents: [{ parts: [{ text: 'hi' }] }], systemInstruction: { parts: [{ text: 'rules' }] } }, ['contents[].parts', 'systemInstruction']],
    ['Responses API', { model: 'gpt', input: 'hi', instructions: 'be nice' }, ['input+instructions']],
    ['embeddings', { model: 'text-embedding-3-small', input: 'hi' }, ['model+input']],
    ['Cohere v1', { message: 'hi', chat_history: [{ role: 'USER', message: 'before' }] }, ['message+chat_history']],
  ])('recognise %s', (_, body, names) => {
    expect(llmBodyShapes(json(body)).map((s) => s.name)).toEqual(names);
  });

  it.each([
    ['a cart update', json({ id: 12, quantity: 2 })],
    ['a contact form', json({ message: 'Where is my parcel?', email: 'a@b.c' })],
    ['messages that are not chat turns', json({ messages: ['Saved', 'Coupon applied'] })],
    ['a JSON array', json([{ model: 'x', messages: [{ role: 'user', content: 'x' }] }])],
    ['invalid JSON', '{"messages": [{"role": "user"'],
    ['form encoding', 'messages=hi&model=x'],
    ['nothing', undefined],
  ])('ignore %s', (_, body) => {
    expect(llmBodyShapes(body)).toEqual([]);
  });
});

describe('wire signals and their confidence', () => {
  const url = (u: string) => new URL(u);
  it.each([
    ['the OpenAI path', { url: url('https://x.test/openai/v1/chat/completions') }, ['/chat/completions']],
    ['the Responses path, also below it', { url: url('https://x.test/v1/responses/compact') }, ['/v1/responses']],
    ['Gemini streamGenerateContent with alt=sse', { url: url('https://x.test/v1beta/models/g:streamGenerateContent?alt=sse') }, [':generateContent', 'server-sent events']],
    ['every X-Stainless header as one signal', { url: url('https://x.test/'), headers: [['X-Stainless-Lang', 'js'], ['X-Stainless-OS', 'MacOS']] as [string, string][] }, ['x-stainless-*']],
    ['Anthropic SDK headers', { url: url('https://x.test/'), headers: [['anthropic-version', '2023-06-01'], ['anthropic-dangerous-direct-browser-access', 'true']] as [string, string][] }, ['anthropic-dangerous-direct-browser-access', 'anthropic-version']],
    ['api-key only together with api-version', { url: url('https://x.test/?api-version=1'), headers: [['api-key', 'k']] as [string, string][] }, ['api-key+api-version']],
    ['api-key without api-version', { url: url('https://x.test/'), headers: [['api-key', 'k']] as [string, string][] }, []],
    ['an EventSource transport', { url: url('https://x.test/stream'), transport: 'eventsource' }, ['server-sent events']],
    ['a lookalike path', { url: url('https://x.test/api/chatter') }, []],
  ])('find %s', (_, request, names) => {
    expect(detectAiSignals(request).map((s) => s.name)).toEqual(names);
  });

  const s = (weight: AiSignal['weight']): AiSignal => ({ kind: 'path', name: weight, weight });
  it.each([
    [[], null],
    [[s('weak')], null],
    [[s('medium')], 'low'],
    [[s('weak'), s('weak')], 'low'],
    [[s('strong')], 'medium'],
    [[s('medium'), s('medium')], 'medium'],
    [[s('strong'), s('weak')], 'medium'],
    [[s('strong'), s('strong')], 'high'],
    [[s('strong'), s('medium'), s('weak')], 'high'],
  ] as const)('score %j as confidence %s', (signals, confidence) => {
    expect(scoreSignals(signals).confidence).toBe(confidence);
  });
});

describe('WordPress plugin routes', () => {
  it.each([
    ['http://s.test/wp-json/mwai-ui/v1/chats/submit', '/wp-json/mwai-ui/v1/chats/submit'],
    ['http://s.test/blog/wp-json/wc/store/v1/cart', '/wp-json/wc/store/v1/cart'],
    ['http://s.test/?rest_route=/mwai/v1/start_session', '/wp-json/mwai/v1/start_session'],
    ['http://s.test/?rest_route=mwai/v1/start_session', '/wp-json/mwai/v1/start_session'],
    ['http://s.test/shop/', null],
  ])('read the REST route of %s as %s', (u, route) => {
    expect(wpRestRoute(new URL(u))).toBe(route);
  });

  it.each([
    ['http://s.test/wp-admin/admin-ajax.php?action=a_query', undefined, 'a_query'],
    ['http://s.test/wp-admin/admin-ajax.php', 'nonce=1&action=aipkit_frontend_chat_stream&m=hi', 'aipkit_frontend_chat_stream'],
    ['http://s.test/wp-admin/admin-ajax.php', 'action=x%20y+z', 'x y z'],
    ['http://s.test/wp-admin/admin-ajax.php', '--b\r\nContent-Disposition: form-data; name="action"\r\nContent-Type: text/plain\r\n\r\nfrom_multipart\r\n--b--', 'from_multipart'],
    ['http://s.test/wp-admin/admin-ajax.php', json({ action: 'from_json', keyword: 'x' }), 'from_json'],
    ['http://s.test/wp-admin/admin-ajax.php', 'transaction=1', null],
    ['http://s.test/other.php?action=x', undefined, null],
  ])('read the admin-ajax action of %s %s as %s', (u, body, action) => {
    expect(ajaxAction(new URL(u), body)).toBe(action);
  });

  it('matches a plugin REST route only on segment boundaries', () => {
    const { plugins } = catalogWith();
    expect(matchPluginRoute(plugins, new URL('http://s.test/wp-json/mwai-ui/v1/chats/submit'))?.plugins.map((p) => p.id)).toEqual(['wp-ai-engine']);
    expect(matchPluginRoute(plugins, new URL('http://s.test/wp-json/mwai-ui/v1/chats/submitted'))).toBeNull();
    expect(matchPluginRoute(plugins, new URL('http://s.test/wp-json/wc/store/v1/cart'))).toBeNull();
  });
});
