// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { Dashboard } from '@/components/dashboard/Dashboard';
import type { LeakscopeDB } from '@/utils/db';
import type { SessionCommand } from '@/utils/dashboard/commands';
import { buildFindingsExport } from '@/utils/export/build';
import { toJson } from '@/utils/export/json';
import { DEFAULT_SETTINGS } from '@/utils/settings';
import { checkoutPage, finding, marker, session, visit } from './dashboard-fixtures';
import { freshDb } from './helpers';

let db: LeakscopeDB;
let sent: SessionCommand[];
const send = async (m: SessionCommand) => {
  sent.push(m);
  return { ok: true, session: null };
};

beforeEach(async () => {
  db = freshDb();
  sent = [];
  await db.sessions.bulkAdd([
    session({ id: 'browse', name: 'Browsing 2026-03-01', implicit: true, startedAt: 1_000, endedAt: undefined }),
    session({ id: 'qa', name: 'Checkout walk', startedAt: 5_000, evidenceMode: true }),
  ]);
  await db.visits.bulkAdd([
    visit({ id: 'v1', sessionId: 'qa', startedAt: 6_000, url: 'http://store.test/?s=alice%40example.com' }),
    visit({ id: 'v2', sessionId: 'qa', startedAt: 8_000, url: 'http://store.test/checkout/', page: checkoutPage }),
  ]);
  await db.markers.bulkAdd([marker({ id: 'm1', sessionId: 'qa', time: 7_000, label: 'added to cart' })]);
  await db.findings.bulkAdd([
    finding({ id: 'f1', sessionId: 'qa', visitId: 'v2', severity: 'critical', dataCategory: 'email' }),
    finding({ id: 'f2', sessionId: 'qa', visitId: 'v1', severity: 'low', dataCategory: 'search-term', destination: { kind: 'catalogued', host: 'abc-dsn.algolia.net', vendor: 'Algolia' } }),
    finding({ id: 'f3', sessionId: 'browse', visitId: 'v0', severity: 'high', dataCategory: 'cart-sku' }),
  ]);
});

afterEach(() => {
  cleanup();
  db.close();
});

const rows = () => screen.queryAllByTestId('finding-row');

describe('dashboard page', () => {
  it('lists every session with its kind, evidence mode and counts, and opens the running QA session', async () => {
    render(<Dashboard db={db} send={send} storage={fakeBrowser.storage.local} toolVersion="0.1.0" />);
    const list = await screen.findByTestId('sessions');
    const qa = within(list).getAllByTestId('session-row').find((r) => r.dataset.sessionId === 'qa')!;
    expect(qa.textContent).toContain('Checkout walk');
    expect(qa.textContent).toContain('evidence mode');
    expect(qa.textContent).toContain('1 critical');
    expect(qa.textContent).toContain('1 low');
    expect(within(list).getAllByTestId('session-row').find((r) => r.dataset.sessionId === 'browse')!.textContent).toContain('browsing');
    expect((await screen.findByTestId('session-detail')).dataset.sessionId).toBe('qa');
    expect(screen.getByTestId('evidence-banner').textContent).toMatch(/raw customer values/);
  });

  it('shows the visits with masked URLs and the step markers in time order', async () => {
    render(<Dashboard db={db} send={send} storage={fakeBrowser.storage.local} toolVersion="0.1.0" />);
    const timeline = await screen.findByTestId('timeline');
    expect([...timeline.children].map((li) => li.textContent)).toEqual([
      expect.stringContaining('http://store.test/?s=…'),
      expect.stringContaining('added to cart'),
      expect.stringContaining('checkout'),
    ]);
    expect(timeline.textContent).not.toContain('alice');
  });

  it('narrows the findings by search text, by severity and by the chosen visit', async () => {
    render(<Dashboard db={db} send={send} storage={fakeBrowser.storage.local} toolVersion="0.1.0" />);
    await waitFor(() => expect(rows()).toHaveLength(2));
    fireEvent.input(screen.getByTestId('finding-search'), { target: { value: 'algolia' } });
    await waitFor(() => expect(rows()).toHaveLength(1));
    expect(screen.getByTestId('finding-count').textContent).toBe('1 of 2 findings');
    fireEvent.input(screen.getByTestId('finding-search'), { target: { value: '' } });
    fireEvent.click(screen.getByTestId('filter-severity-critical'));
    await waitFor(() => expect(rows().map((r) => r.textContent)).toEqual([expect.stringContaining('email')]));
    fireEvent.click(screen.getByTestId('filter-severity-critical'));
    fireEvent.click(within(screen.getByTestId('timeline')).getByText('http://store.test/?s=…'));
    await waitFor(() => expect(rows().map((r) => r.textContent)).toEqual([expect.stringContaining('search-term')]));
  });

  it('opens a finding to its redacted evidence, compliance references and remediation', async () => {
    render(<Dashboard db={db} send={send} storage={fakeBrowser.storage.local} toolVersion="0.1.0" />);
    await waitFor(() => expect(rows()).toHaveLength(2));
    fireEvent.click(rows()[0]!);
    const details = await screen.findByTestId('finding-details');
    expect(details.textContent).toContain('a***@e***.com');
    expect(details.textContent).toContain('GDPR Art. 44');
    expect(details.textContent).toContain('Stop sending it.');
  });

  it('shows another session when it is chosen', async () => {
    render(<Dashboard db={db} send={send} storage={fakeBrowser.storage.local} toolVersion="0.1.0" />);
    fireEvent.click(await screen.findByRole('button', { name: 'Browsing 2026-03-01' }));
    await waitFor(() => expect(screen.getByTestId('session-detail').dataset.sessionId).toBe('browse'));
    await waitFor(() => expect(rows().map((r) => r.textContent)).toEqual([expect.stringContaining('cart-sku')]));
  });

  it('renames a session through the background', async () => {
    render(<Dashboard db={db} send={send} storage={fakeBrowser.storage.local} toolVersion="0.1.0" />);
    fireEvent.click(await screen.findByRole('button', { name: 'Rename session Checkout walk' }));
    fireEvent.input(screen.getByTestId('rename-input'), { target: { value: 'After update' } });
    fireEvent.submit(screen.getByTestId('rename-input').closest('form')!);
    await waitFor(() => expect(sent).toEqual([{ type: 'session-rename', id: 'qa', name: 'After update' }]));
  });

  it('renders only the rows in view of a long list', async () => {
    await db.findings.bulkAdd(Array.from({ length: 3000 }, (_, i) => finding({ id: `bulk-${i}`, sessionId: 'qa', visitId: 'v2', severity: 'medium' })));
    render(<Dashboard db={db} send={send} storage={fakeBrowser.storage.local} toolVersion="0.1.0" />);
    await waitFor(() => expect(screen.getByTestId('finding-count').textContent).toBe('3002 of 3002 findings'));
    expect(rows().length).toBeLessThan(40);
  });

  it('renders captured strings as text, never as markup', async () => {
    await db.findings.add(finding({ id: 'x', sessionId: 'qa', visitId: 'v2', dataCategory: '<img src=x onerror="globalThis.__pwned=1">' }));
    render(<Dashboard db={db} send={send} storage={fakeBrowser.storage.local} toolVersion="0.1.0" />);
    await waitFor(() => expect(rows()).toHaveLength(3));
    expect(document.querySelector('img')).toBeNull();
    expect(screen.getByTestId('finding-list').textContent).toContain('<img src=x');
  });

  it('compares two sessions: a finding only in A is resolved, one in both is unchanged even after a version bump', async () => {
    await db.sessions.add(session({ id: 'after', name: 'After update', startedAt: 20_000, endedAt: 30_000 }));
    await db.visits.add(visit({ id: 'v3', sessionId: 'after', startedAt: 21_000, url: 'http://store.test/checkout/', page: checkoutPage }));
    await db.findings.add(finding({
      id: 'f9', sessionId: 'after', visitId: 'v3', severity: 'critical', dataCategory: 'email',
      source: { url: 'http://store.test/wp-content/plugins/ai-engine/chatbot.js?ver=2.0', method: 'stack', component: { kind: 'plugin', slug: 'ai-engine', version: '2.0', how: 'stack' } },
    }));
    render(<Dashboard db={db} send={send} storage={fakeBrowser.storage.local} toolVersion="0.1.0" />);
    fireEvent.change(await screen.findByTestId('compare-a'), { target: { value: 'qa' } });
    fireEvent.change(screen.getByTestId('compare-b'), { target: { value: 'after' } });
    fireEvent.click(screen.getByTestId('compare'));
    const resolved = await screen.findByTestId('diff-resolved');
    expect(resolved.textContent).toContain('search-term → Algolia');
    expect(screen.getByTestId('diff-unchanged').textContent).toContain('email → OpenAI · by plugin:ai-engine · on checkout');
    expect(screen.getByTestId('diff-added').textContent).toContain('none');
  });

  it.each([
    ['json', (text: string) => expect(JSON.parse(text)).toMatchObject({ provenance: { session: { name: 'Checkout walk' }, redaction: { mode: 'evidence' } }, findings: [{}, {}] })],
    ['csv', (text: string) => expect(text.split('\n').filter(Boolean)).toHaveLength(3)],
    ['html', (text: string) => expect(text).toMatch(/<html[\s\S]*Checkout walk/)],
  ])('exports the session as %s through a download link named after the session', async (format, check) => {
    const blobs: Blob[] = [];
    const names: string[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((b) => (blobs.push(b as Blob), 'blob:test'));
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      names.push(this.download);
    });
    render(<Dashboard db={db} send={send} storage={fakeBrowser.storage.local} toolVersion="0.1.0" />);
    fireEvent.click(await screen.findByTestId(`export-${format}`));
    await waitFor(() => expect(names).toEqual([expect.stringMatching(new RegExp(`^leakscope-checkout-walk-\\d{4}-\\d{2}-\\d{2}\\.${format}$`))]));
    check(await blobs[0]!.text());
    vi.restoreAllMocks();
  });

  it.each([
    ['text that is not JSON', 'name,severity\nx,high', /not JSON/],
    ['JSON that is not a findings export', '{"formatVersion":"1.0.0","findings":"all of them"}', /not a valid Leakscope findings export/],
  ])('refuses %s with the reason, and stores nothing', async (_name, text, reason) => {
    const before = await db.sessions.count();
    render(<Dashboard db={db} send={send} storage={fakeBrowser.storage.local} toolVersion="0.1.0" />);
    chooseFile(await screen.findByTestId('import-file'), new File([text], 'findings.json', { type: 'application/json' }));
    expect((await screen.findByTestId('import-error')).textContent).toMatch(reason);
    expect(await db.sessions.count()).toBe(before);
  });

  it('imports an exported session back as a read-only session and shows it', async () => {
    const exp = await buildFindingsExport(db, 'qa', { toolVersion: '0.1.0', browser: { name: 'Chrome', version: '141' }, exportedAt: 50_000, settings: DEFAULT_SETTINGS });
    render(<Dashboard db={db} send={send} storage={fakeBrowser.storage.local} toolVersion="0.1.0" />);
    chooseFile(await screen.findByTestId('import-file'), new File([toJson(exp)], 'walk.json', { type: 'application/json' }));
    await waitFor(() => expect(screen.getByTestId('session-detail').dataset.sessionId).toMatch(/^import-/));
    expect(screen.getByTestId('import-status').textContent).toContain('walk.json imported');
    const row = screen.getAllByTestId('session-row').find((r) => r.dataset.sessionId?.startsWith('import-'))!;
    expect(row.textContent).toContain('imported');
    await waitFor(() => expect(rows()).toHaveLength(2));
  });
});

function chooseFile(input: HTMLElement, file: File) {
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  fireEvent.change(input);
}
