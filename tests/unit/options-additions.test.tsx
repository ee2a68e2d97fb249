// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { OptionsPage } from '@/components/OptionsPage';
import type { LeakscopeDB } from '@/utils/db';
import type { SessionCommand } from '@/utils/dashboard/commands';
import { loadSettings } from '@/utils/settings-store';
import { session } from './dashboard-fixtures';
import { freshDb } from './helpers';

let db: LeakscopeDB;
let sent: SessionCommand[];
const send = async (m: SessionCommand) => (sent.push(m), { ok: true, session: null });

beforeEach(() => {
  fakeBrowser.reset();
  db = freshDb();
  sent = [];
});
afterEach(() => {
  cleanup();
  db.close();
});

const page = () => render(<OptionsPage storage={fakeBrowser.storage.local} search="" db={db} send={send} />);

describe('options page additions', () => {
  it('shows the running QA session with its evidence mode and stops it', async () => {
    await db.sessions.add(session({ id: 'qa', name: 'Checkout walk', evidenceMode: true }));
    page();
    expect((await screen.findByTestId('active-session')).textContent).toContain('Checkout walk');
    expect(screen.getByTestId('evidence-mode-on').textContent).toMatch(/raw customer values/);
    fireEvent.click(screen.getByTestId('stop-session'));
    await waitFor(() => expect(sent).toEqual([{ type: 'session-stop' }]));
  });

  it('starts a QA session when none is running', async () => {
    await db.sessions.add(session({ id: 'old', endedAt: 2000 }));
    page();
    fireEvent.input(await screen.findByTestId('session-name'), { target: { value: 'Smoke test' } });
    fireEvent.click(screen.getByTestId('start-session'));
    await waitFor(() => expect(sent).toEqual([{ type: 'session-start', name: 'Smoke test', evidenceMode: false }]));
  });

  it('explains redaction and evidence mode: what each keeps, where evidence mode is marked, what its exports hold', async () => {
    page();
    const modes = (await screen.findByTestId('redaction-modes')).textContent!;
    for (const text of ['Redacted', 'masked preview', 'salted hash', 'Exports contain no raw value', 'Evidence mode', 'for that session only', 'side panel', 'redaction: evidence', 'contain the raw values'])
      expect(modes).toContain(text);
  });

  it('links to the dashboard', async () => {
    page();
    expect((await screen.findByTestId('open-dashboard')).getAttribute('href')).toBe('/dashboard.html');
  });

  it.each([
    ['retention-days', '7', { retentionDays: 7 }],
    ['retention-mb', '250', { retentionMaxMB: 250 }],
  ])('saves the %s setting', async (testId, value, expected) => {
    page();
    fireEvent.change(await screen.findByTestId(testId), { target: { value } });
    await waitFor(async () => expect(await loadSettings(fakeBrowser.storage.local)).toMatchObject(expected));
  });

  it('deletes all stored data only after the confirmation', async () => {
    page();
    fireEvent.click(await screen.findByTestId('purge'));
    expect(sent).toEqual([]);
    fireEvent.click(screen.getByTestId('purge-confirm'));
    await waitFor(() => expect(sent).toEqual([{ type: 'purge-all' }]));
    expect((await screen.findByTestId('purge-status')).textContent).toMatch(/deleted/);
  });

  it('cancelling the confirmation deletes nothing', async () => {
    page();
    fireEvent.click(await screen.findByTestId('purge'));
    fireEvent.click(screen.getByText('Cancel'));
    expect(screen.queryByTestId('purge-confirm')).toBeNull();
    expect(sent).toEqual([]);
  });

  it('still lists the trusted endpoints and custom AI destinations', async () => {
    page();
    expect(await screen.findByTestId('sovereign-endpoints')).toBeTruthy();
    expect(screen.getByTestId('custom-destinations')).toBeTruthy();
  });
});
