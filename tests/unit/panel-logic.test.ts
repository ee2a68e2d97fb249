import { describe, expect, it } from 'vitest';
import type { Severity } from '@/utils/finding';
import { badgeFor } from '@/utils/panel/badge';
import { componentLabel, howLabel, pageTypeLabel, scriptUrlText, whatLabel, whenLabel, whomLabel } from '@/utils/panel/describe';
import { applyFilter, countBySeverity, filterChoices, NO_FILTER, toggleSeverity } from '@/utils/panel/filter';
import { flowLayout } from '@/utils/panel/flow';
import { flattenGroups, groupByVendor } from '@/utils/panel/group';
import { highestSeverity, SEVERITY_COLOURS } from '@/utils/panel/severity';
import { offsetsOf, visibleRange } from '@/utils/panel/windowing';
import { finding } from './panel-fixtures';

const sev = (...list: Severity[]) => list.map((severity, i) => finding({ id: `f${i}`, severity }));

describe('the badge', () => {
  it.each([
    [[], null],
    [['info'], { text: '1', color: SEVERITY_COLOURS.info, severity: 'info' }],
    [['low', 'medium', 'low'], { text: '3', color: SEVERITY_COLOURS.medium, severity: 'medium' }],
    [['info', 'critical', 'high'], { text: '3', color: SEVERITY_COLOURS.critical, severity: 'critical' }],
  ] as [Severity[], unknown][])('findings of severities %j make the badge %j', (severities, badge) => {
    expect(badgeFor(sev(...severities))).toEqual(badge);
  });

  it('caps the count at 999+ so it fits the badge', () => {
    expect(badgeFor(Array.from({ length: 1200 }, () => ({ severity: 'low' as const })))?.text).toBe('999+');
  });

  it('gives every severity its own colour', () => {
    expect(new Set(Object.values(SEVERITY_COLOURS)).size).toBe(5);
  });
});

describe('counting and grouping', () => {
  it('counts findings by severity, with zeros for the missing ones', () => {
    expect(countBySeverity(sev('high', 'high', 'info'))).toEqual({ critical: 0, high: 2, medium: 0, low: 0, info: 1 });
  });

  it('finds the highest severity, or null for none', () => {
    expect(highestSeverity(sev('low', 'high', 'medium'))).toBe('high');
    expect(highestSeverity([])).toBeNull();
  });

  it('groups by vendor, the group with the worst finding first, findings worst first inside', () => {
    const rows = [
      finding({ id: 'a', severity: 'medium', destination: { kind: 'catalogued', host: 'insights.algolia.io', vendor: 'Algolia', serviceCategory: 'ai-search', country: 'US' } }),
      finding({ id: 'b', severity: 'high' }),
      finding({ id: 'c', severity: 'critical' }),
      finding({ id: 'd', severity: 'low', destination: { kind: 'unlisted-ai', host: 'llm.example' } }),
    ];
    const groups = groupByVendor(rows);
    expect(groups.map((g) => [g.vendor, g.worst, g.findings.map((f) => f.id)])).toEqual([
      ['OpenAI', 'critical', ['c', 'b']],
      ['Algolia', 'medium', ['a']],
      ['llm.example', 'low', ['d']],
    ]);
    expect(groups[0]).toMatchObject({ hosts: ['api.openai.com'], serviceCategory: 'llm-api', country: 'US' });
  });

  it('flattens groups into a heading followed by its findings', () => {
    const items = flattenGroups(groupByVendor([finding({ id: 'x' }), finding({ id: 'y', severity: 'low' })]));
    expect(items.map((i) => i.key)).toEqual(['group|OpenAI', 'x', 'y']);
  });
});

describe('filters', () => {
  const rows = [
    finding({ id: 'a', severity: 'critical', dataCategory: 'email' }),
    finding({ id: 'b', severity: 'medium', dataCategory: 'search-query', destination: { kind: 'catalogued', host: 'x.algolia.net', vendor: 'Algolia' } }),
    finding({ id: 'c', severity: 'high', dataCategory: 'cart-sku' }),
  ];
  it.each([
    ['no filter keeps everything', NO_FILTER, ['a', 'b', 'c']],
    ['severities keep any of those chosen', { ...NO_FILTER, severities: ['critical', 'medium'] }, ['a', 'b']],
    ['a category keeps only that category', { ...NO_FILTER, category: 'cart-sku' }, ['c']],
    ['a vendor keeps only that vendor', { ...NO_FILTER, vendor: 'Algolia' }, ['b']],
    ['filters combine', { severities: ['critical'], category: 'cart-sku', vendor: null }, []],
  ] as const)('%s', (_name, filter, ids) => {
    expect(applyFilter(rows, { ...filter, severities: [...filter.severities] }).map((f) => f.id)).toEqual(ids);
  });

  it('toggling a severity adds it, toggling again removes it', () => {
    const on = toggleSeverity(NO_FILTER, 'high');
    expect(on.severities).toEqual(['high']);
    expect(toggleSeverity(on, 'high').severities).toEqual([]);
  });

  it('offers each category and vendor once, sorted', () => {
    expect(filterChoices(rows)).toEqual({ categories: ['cart-sku', 'email', 'search-query'], vendors: ['Algolia', 'OpenAI'] });
  });
});

describe('what a row says', () => {
  const f = finding({ id: 'a', count: 3, firstSeen: Date.UTC(2026, 0, 1, 10, 0, 0), lastSeen: Date.UTC(2026, 0, 1, 10, 5, 0) });

  it('what: the category and the masked preview', () => {
    expect(whatLabel(f)).toEqual({ category: 'email', preview: 'a***@e***.com' });
    expect(whatLabel(finding({ id: 'i', dataCategory: 'none', evidence: [] }))).toEqual({ category: 'AI integration present', preview: '' });
  });

  it.each([
    ['a catalogued vendor', finding({ id: 'a' }), 'OpenAI (api.openai.com) · llm-api · US'],
    ['an unlisted host', finding({ id: 'b', destination: { kind: 'unlisted-ai', host: 'llm.example', country: 'unknown' } }), 'llm.example'],
    ['the store relay', finding({ id: 'c', destination: { kind: 'first-party-relay', host: 'store.test' } }), 'store.test · the store itself (relay)'],
  ])('to whom, for %s', (_name, row, text) => {
    expect(whomLabel(row)).toBe(text);
  });

  it.each([
    ['a plugin with version', { url: 'http://s/wp-content/plugins/x/a.js', method: 'stack', component: { kind: 'plugin', slug: 'x', version: '1.2', how: 'stack' } }, 'plugin x 1.2'],
    ['a widget named by vendor', { url: 'https://w.test/w.js', method: 'stack', component: { kind: 'widget', vendor: 'Tidio', how: 'stack' } }, 'widget Tidio'],
    ['an unknown component', { url: 'https://cdn.test/lib/app.js?x=1', method: 'stack', component: { kind: 'unknown', how: 'stack' } }, 'cdn.test/lib/app.js'],
    ['a form the user sent', { method: 'document' }, 'the page (form)'],
    ['a javascript: URL', { url: 'javascript:alert(1)', method: 'stack' }, '(javascript URL, not shown)'],
  ])('by whom, for %s', (_name, source, text) => {
    expect(componentLabel(source)).toBe(text);
  });

  it('never passes a non-http script URL on as is', () => {
    expect(scriptUrlText('javascript:alert(1)')).not.toContain('alert');
    expect(scriptUrlText('https://store.test/a.js')).toBe('https://store.test/a.js');
  });

  it('how: transports and the encoding chain, outermost first', () => {
    expect(howLabel(f)).toBe('fetch · json:$.messages[1].content → base64');
  });

  it('when and how often: a time range and the count', () => {
    expect(whenLabel(f)).toMatch(/–.* · 3×$/);
    expect(whenLabel({ ...f, lastSeen: f.firstSeen, count: 1 })).not.toContain('–');
  });

  it.each([
    [undefined, 'page type not known yet'],
    [{ kind: 'checkout', variant: 'classic' }, 'checkout (classic)'],
    [{ kind: 'my-account', endpoint: 'orders' }, 'my-account (orders)'],
    [{ kind: 'wp-admin', admin: { screen: 'order-edit' } }, 'wp-admin (order-edit)'],
    [{ kind: 'product' }, 'product'],
  ] as const)('page type %j reads "%s"', (page, text) => {
    expect(pageTypeLabel(page as never)).toBe(text);
  });
});

describe('the flow picture', () => {
  it('draws page → component → vendor with one edge per pair, coloured by the worst finding', () => {
    const layout = flowLayout([
      finding({ id: 'a', severity: 'high' }),
      finding({ id: 'b', severity: 'critical' }),
      finding({ id: 'c', severity: 'medium', destination: { kind: 'catalogued', host: 'x.algolia.net', vendor: 'Algolia' } }),
    ], 'checkout');
    expect(layout.nodes.map((n) => [n.column, n.label])).toEqual([[0, 'checkout'], [1, 'plugin ai-engine 2.1.0'], [2, 'OpenAI'], [2, 'Algolia']]);
    expect(layout.edges).toContainEqual({ from: 'page', to: 'c:plugin ai-engine 2.1.0', severity: 'critical', count: 3 });
    expect(layout.edges).toContainEqual({ from: 'c:plugin ai-engine 2.1.0', to: 'v:OpenAI', severity: 'critical', count: 2 });
    expect(layout.edges).toContainEqual({ from: 'c:plugin ai-engine 2.1.0', to: 'v:Algolia', severity: 'medium', count: 1 });
  });

  it('folds vendors beyond the fifth into one "+N more" box and keeps every box inside the picture', () => {
    const rows = Array.from({ length: 9 }, (_, i) => finding({ id: `f${i}`, destination: { kind: 'catalogued', host: `h${i}.test`, vendor: `Vendor number ${i} with a long name` } }));
    const layout = flowLayout(rows, 'product');
    const vendors = layout.nodes.filter((n) => n.column === 2);
    expect(vendors).toHaveLength(5);
    expect(vendors.at(-1)!.label).toBe('+5 more');
    expect(vendors.every((n) => n.short.length <= 17)).toBe(true);
    for (const n of layout.nodes) {
      expect(n.x + layout.boxWidth).toBeLessThanOrEqual(layout.width);
      expect(n.y + layout.boxHeight).toBeLessThanOrEqual(layout.height);
    }
  });
});

describe('windowing', () => {
  const offsets = offsetsOf(Array.from({ length: 10_000 }, () => 50));

  it('offsets are prefix sums ending at the total height', () => {
    expect(offsetsOf([10, 20, 5])).toEqual([0, 10, 30, 35]);
  });

  it.each([
    [0, 500, 0, { start: 0, end: 11 }],
    [5000, 500, 0, { start: 100, end: 111 }],
    [5000, 500, 100, { start: 98, end: 113 }],
    [499_800, 500, 100, { start: 9994, end: 10_000 }],
  ])('scrolled to %i with a %i px viewport and %i px overscan renders rows %j', (top, viewport, overscan, range) => {
    expect(visibleRange(offsets, top, viewport, overscan)).toEqual(range);
  });

  it('an empty list renders nothing', () => {
    expect(visibleRange(offsetsOf([]), 0, 500)).toEqual({ start: 0, end: 0 });
  });
});
