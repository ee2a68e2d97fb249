import { describe, expect, it } from 'vitest';
import type { RequestRow, VisitRow } from '@/utils/db';
import { redactRequestUrls, redactVisitAtRest, scrubber, scrubText } from '@/utils/redact-at-rest';

const SEEDS = ['Alice Customer', 'Customer', 'alice.customer@example.com', 'merino socks', '2'];

describe('scrubText masks the seed values in page text', () => {
  it.each([
    ['a search term in a title, any case', 'Search results for “Merino Socks” – Shop', 'Search results for “***” – Shop'],
    ['the full name before the last name inside it', 'Order for Alice Customer', 'Order for ***'],
    ['a percent-encoded email', 'url:?e=alice.customer%40example.com', 'url:?e=***'],
    ['a form-encoded search term', 's=merino+socks', 's=***'],
    ['nothing when no seed is in the text', 'Checkout – Shop', 'Checkout – Shop'],
    ['not a quantity: short seeds identify nobody', 'Cart (2 items)', 'Cart (2 items)'],
  ])('%s', (_name, text, expected) => {
    expect(scrubText(text, SEEDS)).toBe(expected);
  });
});

describe('a visit at rest', () => {
  const visit: VisitRow = {
    id: 'v1', sessionId: 's', tabId: 1, url: 'https://shop.test/?s=merino+socks&post_type=product', origin: 'https://shop.test',
    title: 'You searched for merino socks', startedAt: 1,
    spaNavigations: [{ url: 'https://shop.test/my-account/?email=alice.customer%40example.com', time: 2, kind: 'history-state' }],
    page: { page: { kind: 'search' } as never, isWordPress: true, isWooCommerce: true, evidence: ['body:search'], pageEvidence: ['url:s=merino socks'] },
    inventory: { components: [{ url: 'https://chat.vendor.test/embed?customer=alice.customer%40example.com&ver=1.2' } as never], aiIntegrations: [], exposures: [] },
  };

  it('keeps no seed value in its URLs, title, page evidence or inventory', () => {
    const out = JSON.stringify({ ...visit, ...redactVisitAtRest(visit, scrubber(SEEDS), 9) }).toLowerCase();
    for (const v of ['merino', 'alice.customer', 'alice%2ecustomer', 'customer%40']) expect(out).not.toContain(v);
    expect(out).toContain('ver=1.2');
  });
});

describe('a request at rest', () => {
  const row = {
    id: 'r', visitId: 'v', tabId: 3, frameId: 7, method: 'POST', url: 'https://api.ai.test/x?q=merino', maskedUrl: 'https://api.ai.test/x?q=***',
    frameUrl: 'https://chat.vendor.test/embed?customer=alice.customer%40example.com', redirects: ['https://api.ai.test/y?e=alice'],
    initiator: { url: 'https://chat.vendor.test/widget.js?ver=2.0&u=alice', method: 'stack' }, joinKey: '3|7|POST|https://api.ai.test/x?q=merino',
  } as unknown as RequestRow;

  it('masks its frame URL, redirects, initiator query and join key, keeping the plugin version', () => {
    const changes = redactRequestUrls(row);
    expect(JSON.stringify(changes)).not.toMatch(/merino|alice/);
    expect(changes.initiator?.url).toBe('https://chat.vendor.test/widget.js?ver=2.0&u=***');
    expect(changes.joinKey).toBe('3|7|POST|https://api.ai.test/x?q=***');
  });
});
