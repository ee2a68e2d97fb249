import { describe, expect, it } from 'vitest';
import { attributeRequest, type RequestFacts } from '@/utils/attribution/request';
import type { Attribution, AttributionContext } from '@/utils/attribution/types';
import { catalogWith } from '@/utils/catalog/catalog';

const STORE = 'https://shop.example';
const ctx: AttributionContext = { storeOrigins: [STORE], catalog: catalogWith() };
const PLUGIN = `${STORE}/wp-content/plugins/ai-engine/app/chatbot.js?ver=3.6.2`;

const row = (over: Partial<RequestFacts>): RequestFacts => ({
  url: 'https://api.openai.com/v1/chat/completions', frameUrl: `${STORE}/checkout/`, transport: 'fetch', initiator: { method: 'none' }, ...over,
});

describe('attributing a request to a component, saying which method found it', () => {
  const cases: [string, RequestFacts, Partial<Attribution>][] = [
    ['a stack frame names the plugin script, with its line and column',
      row({ initiator: { method: 'stack', url: PLUGIN, line: 12, column: 40 } }),
      { how: 'stack', kind: 'plugin', slug: 'ai-engine', version: '3.6.2', vendor: 'Meow Apps', url: PLUGIN, line: 12, column: 40, method: 'wp-path' }],
    ['a stack frame in a widget loader names the widget',
      row({ initiator: { method: 'stack', url: 'https://code.tidio.co/abc.js' } }),
      { how: 'stack', kind: 'widget', slug: 'tidio', vendor: 'Tidio', method: 'catalog-loader' }],
    ['an inline script is kind inline with the document it sits in',
      row({ initiator: { method: 'stack-inline', url: `${STORE}/checkout/`, line: 3 } }),
      { how: 'stack-inline', kind: 'inline', path: '/checkout/', url: `${STORE}/checkout/`, line: 3, method: 'inline-script' }],
    ['an inline script in a wp-admin screen keeps the document path as it is',
      row({ frameUrl: `${STORE}/blog/wp-admin/post.php?post=7`, initiator: { method: 'stack-inline' } }),
      { how: 'stack-inline', kind: 'inline', path: '/blog/wp-admin/post.php', url: `${STORE}/blog/wp-admin/post.php?post=7` }],
    ['an inline script in a third-party iframe names that iframe\'s host',
      row({ frameUrl: 'https://bot.vendor.example/embed', initiator: { method: 'stack-inline' } }),
      { how: 'stack-inline', kind: 'inline', host: 'bot.vendor.example', path: '/embed' }],
    ['an inline script without a URL of its own takes the frame\'s document URL',
      row({ initiator: { method: 'stack-inline' } }),
      { how: 'stack-inline', kind: 'inline', url: `${STORE}/checkout/` }],
    ['a submitted form is attributed to its document',
      row({ transport: 'navigation', initiator: { method: 'document', url: `${STORE}/wp-admin/post.php?post=1` } }),
      { how: 'document', kind: 'core', path: 'wp-admin/post.php', method: 'wp-path' }],
    ['a pixel with no stack falls back to the frame\'s document URL',
      row({ transport: 'other', resourceType: 'image', frameUrl: 'https://widget.intercom.io/widget/abc', initiator: { method: 'webRequest-initiator', url: STORE } }),
      { how: 'frame-document', kind: 'widget', slug: 'intercom', url: 'https://widget.intercom.io/widget/abc' }],
    ['a pixel with no frame URL falls back to the webRequest initiator',
      row({ transport: 'other', resourceType: 'image', frameUrl: undefined, initiator: { method: 'webRequest-initiator', url: 'https://code.tidio.co' } }),
      { how: 'webRequest-initiator', kind: 'widget', slug: 'tidio', url: 'https://code.tidio.co' }],
    ['an iframe navigation is attributed to whoever started it, not to itself',
      row({ url: 'https://bot.vendor.example/frame', frameUrl: 'https://bot.vendor.example/frame', transport: 'navigation', resourceType: 'sub_frame', initiator: { method: 'webRequest-initiator', url: STORE } }),
      { how: 'webRequest-initiator', kind: 'unknown', method: 'store-path', url: STORE }],
    ['a navigation with an opaque initiator falls back to another frame document',
      row({ url: 'https://x.example/', frameUrl: `${STORE}/cart/`, resourceType: 'main_frame', initiator: { method: 'webRequest-initiator', url: 'null' } }),
      { how: 'frame-document', url: `${STORE}/cart/` }],
    ['a stack method without a URL falls back to the frame',
      row({ initiator: { method: 'stack' } }),
      { how: 'frame-document', url: `${STORE}/checkout/` }],
    ['a request with nothing to go on says so',
      row({ frameUrl: undefined, initiator: { method: 'none' } }),
      { how: 'none', kind: 'unknown', method: 'no-initiator' }],
  ];

  it.each(cases)('%s', (_name, request, expected) => {
    expect(attributeRequest(request, ctx)).toMatchObject(expected);
  });

  it('never fails on a garbage initiator URL', () => {
    expect(attributeRequest(row({ initiator: { method: 'stack', url: '::::' } }), ctx)).toEqual({ how: 'stack', kind: 'unknown', method: 'unparseable', url: '::::' });
  });
});
