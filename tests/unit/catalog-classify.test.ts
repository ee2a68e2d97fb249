import { describe, expect, it } from 'vitest';
import { classifyDestination, type ClassifyContext, type RequestInput } from '@/utils/catalog/classify';

const STORE: ClassifyContext = { storeOrigins: ['http://store.test', 'cdn-own.store.test'] };
const LOOPBACK_STORE: ClassifyContext = { storeOrigins: ['http://127.0.0.1:8080'] };
const SOVEREIGN: ClassifyContext = { storeOrigins: ['https://shop.example'], sovereignEndpoints: ['https://llm.mycorp.example', 'https://gw.mycorp.example/ai/'] };

const req = (url: string, extra: Partial<RequestInput> = {}): RequestInput => ({ url, method: 'GET', transport: 'fetch', ...extra });
const post = (url: string, bodyText: string, extra: Partial<RequestInput> = {}) => req(url, { method: 'POST', bodyText, ...extra });
const json = (value: unknown) => JSON.stringify(value);
const CHAT = json({ model: 'gpt-4o-mini', messages: [{ role: 'system', content: 'You are a shop assistant' }, { role: 'user', content: 'hi, I am jane@example.com' }] });

describe('classifying destinations', () => {
  it.each([
    ['the Store API cart', req('http://store.test/wp-json/wc/store/v1/cart'), STORE],
    ['a Store API checkout POST with the billing email', post('http://store.test/wp-json/wc/store/v1/checkout', json({ billing_address: { email: 'jane@example.com' }, payment_method: 'stripe' })), STORE],
    ['a ?wc-ajax= order review update', post('http://store.test/?wc-ajax=update_order_review', 'security=abc&payment_method=cod&post_data=billing_email%3Djane%2540example.com'), STORE],
    ['a WooCommerce admin-ajax action', post('http://store.test/wp-admin/admin-ajax.php', 'action=woocommerce_get_refreshed_fragments'), STORE],
    ['a host the user lists as the store\'s own', req('https://cdn-own.store.test/wp-content/uploads/a.jpg'), STORE],
    ['the store running on loopback', req('http://127.0.0.1:8080/wp-json/wc/store/v1/cart'), LOOPBACK_STORE],
    ['a data: URL, which never leaves the browser', req('data:image/png;base64,AAAA'), STORE],
  ])('%s is first-party, not AI', (_, request, context) => {
    expect(classifyDestination(request, context).kind).toBe('first-party');
  });

  it.each([
    ['AI Engine chat submit on a loopback store', post('http://127.0.0.1:8080/wp-json/mwai-ui/v1/chats/submit', json({ botId: 'default', newMessage: 'hello' })), LOOPBACK_STORE, ['wp-ai-engine'], '/wp-json/mwai-ui/v1/chats/submit'],
    ['AI Engine through ?rest_route=', post('http://store.test/?rest_route=/mwai-ui/v1/chats/submit', '{}'), STORE, ['wp-ai-engine'], '/wp-json/mwai-ui/v1/chats/submit'],
    ['AI Engine in a sub-directory install', post('http://store.test/shop/wp-json/mwai/v1/start_session', '{}'), STORE, ['wp-ai-engine'], '/wp-json/mwai/v1/start_session'],
    ['an AI Puffer admin-ajax action in a form body', post('http://store.test/wp-admin/admin-ajax.php', 'message=hi&action=aipkit_frontend_chat_stream&bot_id=1'), STORE, ['wp-ai-puffer'], 'admin-ajax.php?action=aipkit_frontend_chat_stream'],
    ['an action WPBot and WoowBot share, in the query', req('http://store.test/wp-admin/admin-ajax.php?action=qcld_openai_response'), STORE, ['wp-wpbot', 'wp-woowbot'], 'admin-ajax.php?action=qcld_openai_response'],
    ['a WPBot action by prefix in a multipart body', post('http://store.test/wp-admin/admin-ajax.php', '--b\r\nContent-Disposition: form-data; name="action"\r\n\r\nqcld_wb_chatbot_keyword\r\n--b\r\nContent-Disposition: form-data; name="keyword"\r\n\r\nred shoes\r\n--b--'), STORE, ['wp-wpbot'], 'admin-ajax.php?action=qcld_wb_chatbot_keyword'],
    ['the Jetpack AI token route', post('http://store.test/wp-json/jetpack/v4/jetpack-ai-jwt', ''), STORE, ['wp-jetpack-ai'], '/wp-json/jetpack/v4/jetpack-ai-jwt'],
  ])('%s is a first-party relay naming the plugin', (_, request, context, plugins, route) => {
    const d = classifyDestination(request, context);
    expect(d.kind).toBe('first-party-relay');
    if (d.kind !== 'first-party-relay') return;
    expect(d.plugins.map((p) => p.id)).toEqual(plugins);
    expect(d.route).toBe(route);
  });

  it('calls an LLM-shaped body to an unknown route on the store a first-party relay without a plugin', () => {
    const d = classifyDestination(post('http://store.test/custom/ask', CHAT), STORE);
    expect(d).toMatchObject({ kind: 'first-party-relay', plugins: [], confidence: 'medium' });
  });

  it.each([
    ['a Stripe payment method POST', post('https://api.stripe.com/v1/payment_methods', 'billing_details[email]=jane%40example.com'), 'stripe.com'],
    ['the PayPal SDK', req('https://www.paypal.com/sdk/js?client-id=abc'), 'paypal.com'],
    ['a CDN script', req('https://cdn.jsdelivr.net/npm/swiper@11/swiper-bundle.min.js'), 'jsdelivr.net'],
    ['a Google Analytics hit', req('https://www.google-analytics.com/g/collect?v=2&tid=G-XYZ&en=page_view'), 'google-analytics.com'],
    ['Google Maps under googleapis.com', req('https://maps.googleapis.com/maps/api/js?key=AIzaX'), 'maps.googleapis.com'],
    ['Firebase with an x-goog-api-key header only', post('https://firebaseinstallations.googleapis.com/v1/projects/p/installations', '{}', { headers: [['x-goog-api-key', 'AIzaX']] }), 'firebaseinstallations.googleapis.com'],
    ['a support desk /api/chat path with a contact-form body', post('https://help.support.test/api/chat', json({ message: 'Where is my order?', email: 'jane@example.com' })), 'support.test'],
    ['invalid JSON that merely mentions "messages"', post('https://x.other.test/collect', '{"messages": [ {"role": "user", "content": '), 'other.test'],
    ['Zendesk assets outside the snippet path', req('https://static.zdassets.com/web_widget/latest/web-widget-main.js'), 'zdassets.com'],
  ])('%s is a non-AI third party with its registrable domain', (_, request, domain) => {
    expect(classifyDestination(request, STORE)).toMatchObject({ kind: 'third-party', registrableDomain: domain, sameSiteAsStore: false });
  });

  it('marks a third party on the store\'s own registrable domain as same-site', () => {
    expect(classifyDestination(req('https://images.store.test/a.png'), STORE)).toMatchObject({ kind: 'third-party', sameSiteAsStore: true });
  });

  it.each([
    ['Ollama on localhost', post('http://localhost:11434/api/generate', json({ model: 'llama3', prompt: 'hi' })), STORE, 'loopback', 'ollama'],
    ['Ollama on IPv6 loopback', post('http://[::1]:11434/api/chat', CHAT), STORE, 'loopback', 'ollama'],
    ['LM Studio on 127.0.0.1', post('http://127.0.0.1:1234/v1/chat/completions', CHAT), STORE, 'loopback', 'lm-studio'],
    ['vLLM on the LAN', post('http://192.168.1.20:8000/v1/chat/completions', CHAT), STORE, 'private', 'vllm'],
    ['Ollama next to a store on the same loopback address', post('http://127.0.0.1:11434/api/chat', CHAT), LOOPBACK_STORE, 'loopback', 'ollama'],
    ['an unnamed private-address service', req('http://10.0.0.5/status'), STORE, 'private', undefined],
    ['an endpoint the user marked sovereign', post('https://llm.mycorp.example/v1/chat/completions', CHAT), SOVEREIGN, 'user-marked', undefined],
    ['a sovereign path prefix', post('https://gw.mycorp.example/ai/chat', CHAT), SOVEREIGN, 'user-marked', undefined],
  ])('%s is sovereign/local', (_, request, context, reason, entry) => {
    const d = classifyDestination(request, context);
    expect(d).toMatchObject({ kind: 'sovereign-local', reason });
    if (d.kind === 'sovereign-local') expect(d.entry?.id).toBe(entry);
  });

  it('does not extend a sovereign path prefix to the rest of that host', () => {
    expect(classifyDestination(post('https://gw.mycorp.example/other', '{}'), SOVEREIGN).kind).toBe('third-party');
  });

  it.each([
    ['OpenAI chat completions', post('https://api.openai.com/v1/chat/completions', CHAT), 'openai', undefined, '/v1/chat/completions'],
    ['the OpenAI EU endpoint', post('https://eu.api.openai.com/v1/responses', '{}'), 'openai', 'eu', '/v1/responses'],
    ['the OpenAI realtime WebSocket', req('wss://api.openai.com/v1/realtime?model=gpt-realtime', { transport: 'websocket' }), 'openai', undefined, '/v1/realtime'],
    ['Mistral EU', post('https://api.eu.mistral.ai/v1/chat/completions', CHAT), 'mistral', 'eu', '/v1/chat/completions'],
    ['an Algolia search', post('https://abc-dsn.algolia.net/1/indexes/*/queries?x-algolia-api-key=k', '{}'), 'algolia-search', undefined, '/1/indexes/*/queries'],
    ['an Algolia insights beacon', post('https://insights.algolia.io/1/events', '{}', { transport: 'beacon' }), 'algolia-insights', undefined, '/1/events'],
    ['the Intercom widget loader', req('https://widget.intercom.io/widget/abc123', { transport: 'script' }), 'intercom', undefined, undefined],
    ["Cohere's earlier API host", post('https://api.cohere.ai/v1/chat', '{"message":"hi"}'), 'cohere', undefined, '/v1/chat'],
  ])('%s is catalogued', (_, request, id, region, endpoint) => {
    const d = classifyDestination(request, STORE);
    expect(d.kind).toBe('catalogued');
    if (d.kind !== 'catalogued') return;
    expect(d.entry.id).toBe(id);
    expect(d.region).toBe(region);
    expect(d.endpoint).toBe(endpoint);
  });

  it.each([
    ['an OpenAI-shaped body with X-Stainless-Lang', post('https://api.example.test/v1/chat/completions', CHAT, { headers: [['X-Stainless-Lang', 'js'], ['Content-Type', 'application/json']] }), 'high', ['body-shape', 'path', 'sdk-header']],
    ['an Anthropic browser call through a proxy', post('https://ai-proxy.example.net/anthropic', json({ model: 'claude', max_tokens: 100, messages: [{ role: 'user', content: 'hi' }] }), { headers: [['anthropic-dangerous-direct-browser-access', 'true']] }), 'high', ['body-shape', 'sdk-header']],
    ['an OpenAI-shaped body alone', post('https://bot.example.net/ask', CHAT), 'medium', ['body-shape']],
    ['a Cohere v1 body at a host the catalog does not list', post('https://llm-gateway.example.net/v1/chat', json({ message: 'hi', chat_history: [] })), 'medium', ['body-shape']],
    ['a Responses API body', post('https://llm.example.net/run', json({ model: 'x', input: 'hi', instructions: 'be brief' })), 'medium', ['body-shape']],
    ['Gemini contents with x-goog-api-key', post('https://gemini-proxy.example.net/generate', json({ contents: [{ role: 'user', parts: [{ text: 'hi' }] }] }), { headers: [['x-goog-api-key', 'AIzaX']] }), 'medium', ['body-shape', 'sdk-header']],
    ['an Azure-style api-key + api-version call', post('https://my-gateway.example.net/openai/deployments/gpt/chat/completions?api-version=2024-10-21', '{}', { headers: [['api-key', 'k']] }), 'medium', ['path', 'sdk-header']],
    ['an OpenAI realtime subprotocol on an unknown WebSocket', req('wss://rt.example.net/socket', { transport: 'websocket', protocols: ['realtime', 'openai-insecure-api-key.sk-abc'] }), 'medium', ['websocket-subprotocol']],
    ['an /api/chat stream answered with server-sent events', post('https://chat.example.net/api/chat', 'q=hi', { responseContentType: 'text/event-stream; charset=utf-8' }), 'low', ['path', 'streaming']],
  ])('%s is an unlisted AI endpoint with %s confidence', (_, request, confidence, kinds) => {
    const d = classifyDestination(request, STORE);
    expect(d).toMatchObject({ kind: 'unlisted-ai', confidence });
    if (d.kind === 'unlisted-ai') expect([...new Set(d.signals.map((s) => s.kind))].sort()).toEqual([...kinds].sort());
  });

  it('never throws on a URL it cannot parse', () => {
    expect(classifyDestination(req('not a url'), STORE)).toMatchObject({ kind: 'third-party', host: '' });
  });
});
