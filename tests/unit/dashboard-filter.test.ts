import { describe, expect, it } from 'vitest';
import type { VisitRow } from '@/utils/db';
import { EMPTY_FILTER, facetsOf, filterFindings, type FindingFilter } from '@/utils/dashboard/filter';
import { indexFindings } from '@/utils/dashboard/finding-index';
import { checkoutPage, finding, visit } from './dashboard-fixtures';

const visits = new Map<string, VisitRow>([
  ['v1', visit({ id: 'v1', url: 'http://store.test/checkout/?key=wc_order_abc#pay', page: checkoutPage })],
  ['v2', visit({ id: 'v2', url: 'http://store.test/?s=hoodie' })],
]);
const index = indexFindings(
  [
    finding({ id: 'a', severity: 'high', dataCategory: 'cart-sku', lastSeen: 5 }),
    finding({ id: 'b', severity: 'critical', dataCategory: 'email', lastSeen: 1 }),
    finding({ id: 'c', severity: 'low', dataCategory: 'search-term', visitId: 'v2', destination: { kind: 'catalogued', host: 'abc-dsn.algolia.net', vendor: 'Algolia' }, source: { method: 'stack', component: { kind: 'plugin', slug: 'algolia-woocommerce', how: 'stack' } } }),
    finding({ id: 'd', severity: 'critical', dataCategory: 'phone', lastSeen: 9 }),
    finding({ id: 'e', severity: 'medium', dataCategory: 'none', visitId: 'v9', destination: { kind: 'unlisted-ai', host: 'ai.unknown.example' }, source: { method: 'none' } }),
  ],
  visits,
);
const ids = (filter: Partial<FindingFilter>) => filterFindings(index, { ...EMPTY_FILTER, ...filter }).map((i) => i.finding.id);

describe('dashboard finding search and filters', () => {
  it('orders findings most severe first, then most recently seen', () => {
    expect(index.map((i) => i.finding.id)).toEqual(['d', 'b', 'a', 'e', 'c']);
  });

  it.each<[string, Partial<FindingFilter>, string[]]>([
    ['no filter keeps everything', {}, ['d', 'b', 'a', 'e', 'c']],
    ['a vendor name, in any case', { text: 'ALGOLIA' }, ['c']],
    ['a component slug', { text: 'ai-engine' }, ['d', 'b', 'a']],
    ['a data category', { text: 'cart-sku' }, ['a']],
    ['a destination host without a vendor', { text: 'unknown.example' }, ['e']],
    ['a page URL path', { text: '/checkout/' }, ['d', 'b', 'a']],
    ['several words, all of which must match', { text: 'openai phone' }, ['d']],
    ['a masked query value does not match', { text: 'hoodie' }, []],
    ['a severity', { severities: ['critical'] }, ['d', 'b']],
    ['two severities', { severities: ['critical', 'low'] }, ['d', 'b', 'c']],
    ['a category', { categories: ['email'] }, ['b']],
    ['a vendor', { vendors: ['Algolia'] }, ['c']],
    ['a vendor falls back to the host', { vendors: ['ai.unknown.example'] }, ['e']],
    ['a page type', { pageTypes: ['checkout'] }, ['d', 'b', 'a']],
    ['an unknown page type (visit not classified or missing)', { pageTypes: ['unknown'] }, ['e', 'c']],
    ['one visit', { visitId: 'v2' }, ['c']],
    ['facets and text together', { severities: ['critical'], text: 'email' }, ['b']],
  ])('filters by %s', (_name, filter, expected) => {
    expect(ids(filter)).toEqual(expected);
  });

  it('offers each facet value once, sorted', () => {
    expect(facetsOf(index)).toEqual({
      categories: ['cart-sku', 'email', 'none', 'phone', 'search-term'],
      vendors: ['ai.unknown.example', 'Algolia', 'OpenAI'],
      pageTypes: ['checkout', 'unknown'],
    });
  });

  it('keeps the search text free of query values and fragments', () => {
    expect(index.find((i) => i.finding.id === 'b')!.pageUrl).toBe('http://store.test/checkout/?key=…#…');
  });
});
