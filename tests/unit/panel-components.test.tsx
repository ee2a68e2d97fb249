// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Panel } from '@/components/Panel';
import { Popup } from '@/components/Popup';
import { SidePanel } from '@/components/SidePanel';
import type { LeakscopeDB, VisitRow } from '@/utils/db';
import type { PanelTab } from '@/utils/panel/follow-tab';
import { DEFAULT_SETTINGS, type Settings } from '@/utils/settings';
import type { StorageAreaLike } from '@/utils/settings-store';
import { freshDb } from './helpers';
import { finding } from './panel-fixtures';

const STORE = 'http://store.test';
const monitored: Settings = { ...DEFAULT_SETTINGS, monitored: [{ origin: STORE, includeSubdomains: false }] };
const checkout: VisitRow = {
  id: 'v1', sessionId: 's1', tabId: 1, url: `${STORE}/checkout/?key=wc_order_secret`, origin: STORE, startedAt: 1000, spaNavigations: [],
  page: { page: { kind: 'checkout', variant: 'classic' }, isWordPress: true, isWooCommerce: true, evidence: [], pageEvidence: [] },
};
let db: LeakscopeDB;

function memoryStorage(initial: Settings = monitored): StorageAreaLike & { data: Record<string, unknown> } {
  const data: Record<string, unknown> = { settings: initial };
  return { data, get: async (key) => ({ [key]: data[key] }), set: async (items) => void Object.assign(data, items) };
}

const rows = () => screen.queryAllByTestId('finding');
const panel = (tab: { id: number; url?: string } | undefined, settings = monitored, save = vi.fn(async () => {})) =>
  render(<Panel db={db} tab={tab} settings={settings} saveSettings={save} />);

beforeEach(async () => {
  db = freshDb();
  await db.tabs.put({ tabId: 1, history: [{ visitId: 'v1', since: 1000 }] });
  await db.visits.put(checkout);
});
afterEach(cleanup);

describe('the leak panel of a page', () => {
  beforeEach(async () => {
    await db.findings.bulkPut([
      finding({ id: 'v1|a', severity: 'critical', dataCategory: 'email', consent: { cmp: 'cookie-notice', state: 'refused' } }),
      finding({ id: 'v1|b', severity: 'medium', dataCategory: 'search-query', destination: { kind: 'catalogued', host: 'abc-dsn.algolia.net', vendor: 'Algolia', serviceCategory: 'ai-search', country: 'US' },
        source: { url: `${STORE}/wp-content/plugins/algolia-woocommerce/search.js`, method: 'stack', component: { kind: 'plugin', slug: 'algolia-woocommerce', version: '1.0.0', how: 'stack' } } }),
      finding({ id: 'v1|c', severity: 'high', dataCategory: 'cart-sku' }),
      finding({ id: 'other|d', visitId: 'other', severity: 'critical' }),
    ]);
  });

  it('shows the page type and the URL with its query values hidden', async () => {
    panel({ id: 1, url: checkout.url });
    expect((await screen.findByTestId('page-type')).textContent).toBe('checkout (classic)');
    expect(screen.getByTestId('page-url').textContent).toBe('http://store.test/checkout/?key=…');
  });

  it('counts this page\'s findings by severity and lists them grouped by vendor, worst first', async () => {
    panel({ id: 1, url: checkout.url });
    await waitFor(() => expect(rows()).toHaveLength(3));
    expect(screen.getByTestId('severity-counts').textContent).toBe('1 critical1 high1 medium0 low0 info');
    expect(screen.getAllByTestId('vendor-group').map((h) => h.firstChild!.textContent)).toEqual(['OpenAI', 'Algolia']);
    expect(rows().map((r) => [r.dataset.vendor, r.dataset.slug, r.dataset.category, r.dataset.severity])).toEqual([
      ['OpenAI', 'ai-engine', 'email', 'critical'],
      ['OpenAI', 'ai-engine', 'cart-sku', 'high'],
      ['Algolia', 'algolia-woocommerce', 'search-query', 'medium'],
    ]);
  });

  it('says in each row what left, to whom, from which component, how, when and how often', async () => {
    panel({ id: 1, url: checkout.url });
    const row = (await screen.findAllByTestId('finding'))[0]!;
    expect(row.textContent).toContain('email');
    expect(row.textContent).toContain('a***@e***.com');
    expect(within(row).getByTestId('whom').textContent).toBe('OpenAI (api.openai.com) · llm-api · US');
    expect(within(row).getByTestId('component').textContent).toBe('plugin ai-engine 2.1.0');
    expect(row.textContent).toContain('/wp-content/plugins/ai-engine/chatbot.js');
    expect(row.textContent).toContain('fetch · json:$.messages[1].content → base64');
    expect(row.textContent).toMatch(/· 1×/);
  });

  it('expands a row with its button to the redacted evidence, consent, references and remediation', async () => {
    panel({ id: 1, url: checkout.url });
    const button = within((await screen.findAllByTestId('finding'))[0]!).getByRole('button');
    expect(button.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(button);
    expect(button.getAttribute('aria-expanded')).toBe('true');
    const details = await screen.findByTestId('finding-details');
    expect(button.getAttribute('aria-controls')).toBe(details.id);
    for (const text of ['hash 0123456789abcdef', 'refused (cookie-notice)', 'GDPR Art. 44', 'Stop sending it.']) expect(details.textContent).toContain(text);
    fireEvent.click(button);
    await waitFor(() => expect(screen.queryByTestId('finding-details')).toBeNull());
  });

  it.each([
    ['a severity chip', async () => fireEvent.click(screen.getByRole('button', { name: '1 medium' })), ['search-query']],
    ['the data category', async () => fireEvent.change(screen.getByTestId('filter-category'), { target: { value: 'cart-sku' } }), ['cart-sku']],
    ['the vendor', async () => fireEvent.change(screen.getByTestId('filter-vendor'), { target: { value: 'OpenAI' } }), ['email', 'cart-sku']],
  ])('filters by %s', async (_name, act, categories) => {
    panel({ id: 1, url: checkout.url });
    await waitFor(() => expect(rows()).toHaveLength(3));
    await act();
    await waitFor(() => expect(rows().map((r) => r.dataset.category)).toEqual(categories));
    fireEvent.click(screen.getByRole('button', { name: 'Clear filters' }));
    await waitFor(() => expect(rows()).toHaveLength(3));
  });

  it('draws the flow page → component → vendor with SVG text', async () => {
    panel({ id: 1, url: checkout.url });
    const svg = await screen.findByTestId('flow');
    expect([...svg.querySelectorAll('text')].map((t) => t.textContent)).toEqual(['checkout (classi…', 'plugin ai-engine…', 'plugin algolia-w…', 'OpenAI', 'Algolia']);
  });

  it('shows a finding stored after it opened, without a reload', async () => {
    panel({ id: 1, url: checkout.url });
    await waitFor(() => expect(rows()).toHaveLength(3));
    await db.findings.put(finding({ id: 'v1|e', severity: 'low', dataCategory: 'phone' }));
    await waitFor(() => expect(rows()).toHaveLength(4));
  });

  it('keeps the request table as a second view', async () => {
    await db.requests.put({ id: 'r1', visitId: 'v1', tabId: 1, frameId: 0, url: 'https://api.openai.com/v1/chat', method: 'POST', transport: 'fetch', seenBy: 'both', joinKey: 'k', joinOpen: 0, initiator: { method: 'stack' }, startedAt: 1 });
    panel({ id: 1, url: checkout.url });
    fireEvent.click(await screen.findByRole('tab', { name: /Requests \(1\)/ }));
    expect((await screen.findByTestId('requests')).textContent).toContain('https://api.openai.com/v1/chat');
  });
});

describe('the page\'s session in the panel', () => {
  beforeEach(async () => {
    await db.findings.put(finding({ id: 'v1|a' }));
  });

  it('links to that session in the dashboard, reachable from the keyboard', async () => {
    await db.sessions.put({ id: 's1', name: 'Browsing 2026-11-22', startedAt: 1, implicit: true });
    panel({ id: 1, url: checkout.url });
    const link = await screen.findByTestId('open-dashboard');
    expect(link.tagName).toBe('A');
    expect(link.getAttribute('href')).toBe('/dashboard.html?session=s1');
    expect(link.textContent).toBe('Open dashboard');
    expect(screen.getByTestId('panel-session').textContent).toContain('Browsing 2026-11-22');
    expect(screen.queryByTestId('evidence-mode')).toBeNull();
  });

  it('marks a session in evidence mode, and the JSON it exports from the panel says so', async () => {
    await db.sessions.put({ id: 's1', name: 'Checkout walk', startedAt: 1, implicit: false, evidenceMode: true });
    const blobs: Blob[] = [];
    const names: string[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((b) => (blobs.push(b as Blob), 'blob:test'));
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      names.push(this.download);
    });
    panel({ id: 1, url: checkout.url });
    expect((await screen.findByTestId('evidence-mode')).textContent).toContain('evidence mode');
    fireEvent.click(screen.getByRole('button', { name: 'Export session findings (JSON)' }));
    await waitFor(() => expect(names).toEqual([expect.stringMatching(/^leakscope-checkout-walk-\d{4}-\d{2}-\d{2}\.json$/)]));
    expect(JSON.parse(await blobs[0]!.text())).toMatchObject({
      provenance: { session: { name: 'Checkout walk' }, redaction: { mode: 'evidence', rawValuesIncluded: true } },
      findings: [{ dataCategory: 'email' }],
    });
    vi.restoreAllMocks();
  });
});

describe('captured strings are text, never markup or links', () => {
  const hostile = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>';
  beforeEach(async () => {
    await db.findings.put(finding({
      id: 'v1|x', dataCategory: '<b>bold</b>',
      destination: { kind: 'unlisted-ai', host: '<svg onload=alert(1)>.test', vendor: hostile },
      source: { url: 'javascript:window.__pwned=3', method: 'stack' },
      evidence: [{ category: 'email', chain: ['<i>chain</i>'], path: '"><script>', preview: hostile, hash: 'h' }],
      remediation: hostile,
    }));
  });

  it('renders HTML and javascript: payloads as inert text, in the row and its details', async () => {
    panel({ id: 1, url: checkout.url });
    fireEvent.click(within(await screen.findByTestId('finding')).getByRole('button'));
    await screen.findByTestId('finding-details');
    expect(document.querySelector('img, script, b, i, svg [onload], iframe')).toBeNull();
    expect(document.querySelectorAll('a')).toHaveLength(0);
    expect(document.body.textContent).toContain(hostile);
    expect(document.body.textContent).not.toContain('javascript:window');
    expect((window as unknown as { __pwned?: number }).__pwned).toBeUndefined();
  });
});

describe('why the panel is empty', () => {
  it('a page that is not http(s) is not watched', async () => {
    panel({ id: 9, url: 'chrome://extensions/' });
    expect((await screen.findByTestId('not-http')).textContent).toContain('http(s) store pages');
  });

  it('an unmonitored store offers to monitor it', async () => {
    const save = vi.fn(async () => {});
    panel({ id: 9, url: 'https://shop.example/cart/' }, DEFAULT_SETTINGS, save);
    expect((await screen.findByTestId('not-monitored')).textContent).toContain('https://shop.example is not monitored');
    fireEvent.click(screen.getByRole('button', { name: 'Monitor this site' }));
    expect(save).toHaveBeenCalledWith(expect.objectContaining({ monitored: [{ origin: 'https://shop.example', includeSubdomains: false }] }));
  });

  it('a monitored tab with no recorded page asks for a reload', async () => {
    panel({ id: 9, url: `${STORE}/shop/` });
    expect((await screen.findByTestId('reload-needed')).textContent).toContain('Reload the page');
  });

  it('a page with no finding says what was checked', async () => {
    await db.requests.put({ id: 'r1', visitId: 'v1', tabId: 1, frameId: 0, url: `${STORE}/x`, method: 'GET', transport: 'fetch', seenBy: 'both', joinKey: 'k', joinOpen: 0, initiator: { method: 'stack' }, startedAt: 1 });
    await db.visits.update('v1', { nonAiSeedFlows: 2 });
    panel({ id: 1, url: checkout.url });
    const empty = await screen.findByTestId('no-findings');
    await waitFor(() => expect(empty.textContent).toContain('1 request recorded'));
    expect(empty.textContent).toContain('Page type: checkout (classic)');
    expect(empty.textContent).toContain('2 requests carried customer data to non-AI third parties');
  });
});

describe('long lists', () => {
  it('renders only the rows in view of 10,000 findings', async () => {
    await db.findings.bulkPut(Array.from({ length: 10_000 }, (_, i) => finding({ id: `v1|${i}`, severity: (['critical', 'high', 'medium', 'low', 'info'] as const)[i % 5], dataCategory: `cat-${i % 7}` })));
    panel({ id: 1, url: checkout.url });
    await waitFor(() => expect(screen.getByTestId('severity-counts').textContent).toContain('2000 critical'));
    expect(rows().length).toBeGreaterThan(3);
    expect(rows().length).toBeLessThan(40);
    const list = screen.getByTestId('vlist');
    expect(Number.parseInt((list.firstChild as HTMLElement).style.height, 10)).toBeGreaterThan(10_000 * 100);
  });
});

describe('popup and side panel', () => {
  it('the popup shows the active tab\'s panel and opens the side panel from its button', async () => {
    const open = vi.fn();
    await db.findings.put(finding({ id: 'v1|a' }));
    render(<Popup db={db} storage={memoryStorage()} activeTab={async () => ({ id: 1, url: checkout.url, windowId: 7 })} openSidePanel={open} />);
    await waitFor(() => expect(rows()).toHaveLength(1));
    fireEvent.click(screen.getByRole('button', { name: 'Open side panel' }));
    expect(open).toHaveBeenCalledWith({ id: 1, url: checkout.url, windowId: 7 });
  });

  it('the side panel switches to whichever tab it is told to follow', async () => {
    await db.tabs.put({ tabId: 2, history: [{ visitId: 'v2', since: 1 }] });
    await db.visits.put({ ...checkout, id: 'v2', tabId: 2, url: `${STORE}/cart/`, page: { ...checkout.page!, page: { kind: 'cart', variant: 'block' } } });
    await db.findings.bulkPut([finding({ id: 'v1|a' }), finding({ id: 'v2|a', visitId: 'v2', dataCategory: 'cart-sku' }), finding({ id: 'v2|b', visitId: 'v2', dataCategory: 'phone' })]);
    let show: (t: PanelTab) => void = () => {};
    render(<SidePanel db={db} storage={memoryStorage()} follow={(cb) => ((show = cb), () => {})} />);
    show({ id: 1, url: checkout.url });
    await waitFor(() => expect(rows()).toHaveLength(1));
    show({ id: 2, url: `${STORE}/cart/` });
    await waitFor(() => expect(rows().map((r) => r.dataset.category)).toEqual(['cart-sku', 'phone']));
    expect(screen.getByTestId('page-type').textContent).toBe('cart (block)');
  });

  it('the side panel offers monitoring, and shows the page once the settings change', async () => {
    const storage = memoryStorage(DEFAULT_SETTINGS);
    let show: (t: PanelTab) => void = () => {};
    render(<SidePanel db={db} storage={storage} follow={(cb) => ((show = cb), () => {})} />);
    show({ id: 1, url: checkout.url });
    fireEvent.click(await screen.findByRole('button', { name: 'Monitor this site' }));
    await screen.findByTestId('no-findings');
    expect(storage.data.settings).toMatchObject({ monitored: [{ origin: STORE }] });
  });
});
