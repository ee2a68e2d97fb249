import { describe, expect, it } from 'vitest';
import { attributeScript } from '@/utils/attribution/script';
import type { AttributionContext, Component } from '@/utils/attribution/types';
import { catalogWith } from '@/utils/catalog/catalog';

const STORE = 'https://shop.example';
const ctx: AttributionContext = { storeOrigins: [STORE, 'https://example.org'], catalog: catalogWith() };

describe('attributing a script URL to the component that loaded it', () => {
  const cases: [string, string, Component][] = [
    ['a plugin script with ?ver= is the plugin with that version',
      `${STORE}/wp-content/plugins/woocommerce/assets/js/frontend/checkout.min.js?ver=10.3.0`,
      { kind: 'plugin', slug: 'woocommerce', version: '10.3.0', path: 'assets/js/frontend/checkout.min.js', method: 'wp-path' }],
    ['a plugin script without ?ver= is the plugin with no version',
      `${STORE}/wp-content/plugins/my-chat/js/chat.js`,
      { kind: 'plugin', slug: 'my-chat', path: 'js/chat.js', method: 'wp-path' }],
    ['a ?ver= that does not look like a version is dropped',
      `${STORE}/wp-content/plugins/my-chat/js/chat.js?ver=%3Cscript%3E`,
      { kind: 'plugin', slug: 'my-chat', path: 'js/chat.js', method: 'wp-path' }],
    ['a single-file plugin takes its file name as slug',
      `${STORE}/wp-content/plugins/hello.js`,
      { kind: 'plugin', slug: 'hello', path: 'hello.js', method: 'wp-path' }],
    ['an AI plugin asset names the catalogued vendor',
      `${STORE}/wp-content/plugins/ai-engine/app/chatbot.js?ver=3.6.2`,
      { kind: 'plugin', slug: 'ai-engine', version: '3.6.2', vendor: 'Meow Apps', path: 'app/chatbot.js', method: 'wp-path' }],
    ['an AI plugin asset in a renamed folder still names the vendor',
      `${STORE}/wp-content/plugins/renamed-bot/dist/js/public-main.bundle.js?ver=2.4.71`,
      { kind: 'plugin', slug: 'renamed-bot', version: '2.4.71', vendor: 'AI Puffer', path: 'dist/js/public-main.bundle.js', method: 'wp-path' }],
    ['a theme script is the theme',
      `${STORE}/wp-content/themes/storefront/assets/js/navigation.min.js?ver=4.6.1`,
      { kind: 'theme', slug: 'storefront', version: '4.6.1', path: 'assets/js/navigation.min.js', method: 'wp-path' }],
    ['an mu-plugin file directly in mu-plugins takes its file name as slug',
      `${STORE}/wp-content/mu-plugins/loader.js`,
      { kind: 'mu-plugin', slug: 'loader', path: 'loader.js', method: 'wp-path' }],
    ['an mu-plugin in a folder takes the folder as slug',
      `${STORE}/wp-content/mu-plugins/host-tools/js/a.js?ver=1`,
      { kind: 'mu-plugin', slug: 'host-tools', version: '1', path: 'js/a.js', method: 'wp-path' }],
    ['a wp-includes script is core',
      `${STORE}/wp-includes/js/jquery/jquery.min.js?ver=3.7.1`,
      { kind: 'core', version: '3.7.1', path: 'wp-includes/js/jquery/jquery.min.js', method: 'wp-path' }],
    ['a wp-admin script is core',
      `${STORE}/wp-admin/js/password-strength-meter.min.js?ver=6.8`,
      { kind: 'core', version: '6.8', path: 'wp-admin/js/password-strength-meter.min.js', method: 'wp-path' }],
    ['a Jetpack CDN plugin rewrite takes slug and version from the path',
      'https://c0.wp.com/p/woocommerce/10.3.0/assets/client/blocks/wc-blocks-middleware.js',
      { kind: 'plugin', slug: 'woocommerce', version: '10.3.0', host: 'c0.wp.com', path: 'assets/client/blocks/wc-blocks-middleware.js', method: 'jetpack-cdn' }],
    ['a Jetpack CDN core rewrite is core with its version',
      'https://c0.wp.com/c/6.8.1/wp-includes/js/dist/hooks.min.js',
      { kind: 'core', version: '6.8.1', host: 'c0.wp.com', path: 'wp-includes/js/dist/hooks.min.js', method: 'jetpack-cdn' }],
    ['a Jetpack CDN path of another shape is only a third-party host and path',
      'https://c0.wp.com/x/whatever.js',
      { kind: 'third-party', host: 'c0.wp.com', path: '/x/whatever.js', method: 'host-path' }],
    ['a sub-directory install is attributed the same way',
      `${STORE}/blog/wp-content/plugins/contact-form-7/includes/js/index.js?ver=6.0`,
      { kind: 'plugin', slug: 'contact-form-7', version: '6.0', path: 'includes/js/index.js', method: 'wp-path' }],
    ['a page-cache copy keeps the plugin it was made from',
      `${STORE}/wp-content/cache/min/1/wp-content/plugins/my-chat/js/chat.js?ver=1700000000`,
      { kind: 'plugin', slug: 'my-chat', version: '1700000000', path: 'js/chat.js', method: 'wp-path' }],
    ['a plugin\'s own wp-admin folder belongs to the plugin, not to core',
      `${STORE}/wp-content/plugins/my-chat/wp-admin/settings.js`,
      { kind: 'plugin', slug: 'my-chat', path: 'wp-admin/settings.js', method: 'wp-path' }],
    ['a page-cache copy of a core script is core',
      `${STORE}/wp-content/cache/min/1/wp-includes/js/wp-embed.min.js`,
      { kind: 'core', path: 'wp-includes/js/wp-embed.min.js', method: 'wp-path' }],
    ['an uploads file is not a component',
      `${STORE}/wp-content/uploads/custom.js`,
      { kind: 'unknown', path: '/wp-content/uploads/custom.js', method: 'store-path' }],
    ['a CDN host serving the store\'s wp-content paths is the plugin, with the CDN host',
      'https://cdn.shop-assets.net/wp-content/plugins/my-chat/js/chat.js?ver=1.2',
      { kind: 'plugin', slug: 'my-chat', version: '1.2', host: 'cdn.shop-assets.net', path: 'js/chat.js', method: 'wp-path-cdn' }],
    ['a second store origin counts as the store',
      'https://example.org/wp-content/themes/twentytwentyfive/x.js',
      { kind: 'theme', slug: 'twentytwentyfive', path: 'x.js', method: 'wp-path' }],
    ['a percent-encoded slug is decoded',
      `${STORE}/wp-content/plugins/my%20chat/a.js`,
      { kind: 'plugin', slug: 'my chat', path: 'a.js', method: 'wp-path' }],
    ['the Tidio loader is a widget named by the catalog',
      'https://code.tidio.co/abcdefghijklmnop.js',
      { kind: 'widget', slug: 'tidio', vendor: 'Tidio', host: 'code.tidio.co', path: '/abcdefghijklmnop.js', method: 'catalog-loader' }],
    ['the Intercom loader is a widget named by the catalog',
      'https://widget.intercom.io/widget/abc123',
      { kind: 'widget', slug: 'intercom', vendor: 'Intercom', host: 'widget.intercom.io', path: '/widget/abc123', method: 'catalog-loader' }],
    ['a loader limited to one path is a widget only on that path',
      'https://www.chatbase.co/embed.min.js',
      { kind: 'widget', slug: 'chatbase', vendor: 'Chatbase', host: 'www.chatbase.co', path: '/embed.min.js', method: 'catalog-loader' }],
    ['another host of a catalogued vendor is third-party with the vendor',
      'https://api.openai.com/v1/realtime/client.js',
      { kind: 'third-party', vendor: 'OpenAI', host: 'api.openai.com', path: '/v1/realtime/client.js', method: 'catalog-host' }],
    ['an unknown host is third-party with host and path',
      'https://www.googletagmanager.com/gtag/js?id=G-1',
      { kind: 'third-party', host: 'www.googletagmanager.com', path: '/gtag/js', method: 'host-path' }],
    ['a store script outside WordPress folders is unknown with its path',
      `${STORE}/custom/app.js`,
      { kind: 'unknown', path: '/custom/app.js', method: 'store-path' }],
    ['a theme folder with no file inside is not a theme',
      `${STORE}/wp-content/themes/`,
      { kind: 'unknown', path: '/wp-content/themes/', method: 'store-path' }],
    ['a wp-content folder named like an object property is not a component',
      `${STORE}/wp-content/constructor/x/a.js`,
      { kind: 'unknown', path: '/wp-content/constructor/x/a.js', method: 'store-path' }],
    ['an empty string is unparseable', '', { kind: 'unknown', method: 'unparseable' }],
    ['a relative URL is unparseable', '/wp-content/plugins/x/a.js', { kind: 'unknown', method: 'unparseable' }],
    ['a garbage string is unparseable', 'http://[::1', { kind: 'unknown', method: 'unparseable' }],
    ['a data: URL has no component', 'data:text/javascript,alert(1)', { kind: 'unknown', method: 'non-http' }],
    ['a blob: URL has no component', `blob:${STORE}/1b2c`, { kind: 'unknown', method: 'non-http' }],
  ];

  it.each(cases)('%s', (_name, url, expected) => {
    expect(attributeScript(url, ctx)).toEqual(expected);
  });

  it('treats every host as third-party when no store origin is configured', () => {
    const component = attributeScript(`${STORE}/wp-content/plugins/my-chat/a.js`, { ...ctx, storeOrigins: [] });
    expect(component).toEqual({ kind: 'plugin', slug: 'my-chat', host: 'shop.example', path: 'a.js', method: 'wp-path-cdn' });
  });

  it('ignores a store origin that is not a URL', () => {
    expect(attributeScript(`${STORE}/x.js`, { ...ctx, storeOrigins: ['not a url'] }).kind).toBe('third-party');
  });
});
