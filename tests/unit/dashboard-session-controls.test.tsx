// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { SessionControls } from '@/components/dashboard/SessionControls';
import type { SessionCommand } from '@/utils/dashboard/commands';
import { summariseSessions } from '@/utils/dashboard/session-summary';
import { session } from './dashboard-fixtures';

afterEach(cleanup);

function setup(reply: unknown = { ok: true, session: null }, running?: boolean) {
  const sent: SessionCommand[] = [];
  const active = running ? summariseSessions([session({ id: 'qa', name: 'Walk' })], new Map())[0] : undefined;
  render(<SessionControls active={active} send={async (m) => (sent.push(m), reply)} />);
  return sent;
}

describe('QA session controls', () => {
  it.each([
    ['without evidence mode', false],
    ['in evidence mode', true],
  ])('starts a named session %s', async (_name, evidence) => {
    const sent = setup();
    fireEvent.input(screen.getByTestId('session-name'), { target: { value: 'Release 2.1 checkout' } });
    if (evidence) fireEvent.click(screen.getByTestId('evidence-mode'));
    fireEvent.click(screen.getByTestId('start-session'));
    await waitFor(() => expect(sent).toEqual([{ type: 'session-start', name: 'Release 2.1 checkout', evidenceMode: evidence }]));
  });

  it('warns that evidence mode stores raw customer values before the session starts', () => {
    setup();
    expect(screen.queryByTestId('evidence-warning')).toBeNull();
    fireEvent.click(screen.getByTestId('evidence-mode'));
    expect(screen.getByTestId('evidence-warning').textContent).toMatch(/stores raw customer values/);
  });

  it.each([
    ['a free-text marker', (label: string) => { fireEvent.input(screen.getByTestId('marker-label'), { target: { value: label } }); fireEvent.click(screen.getByText('Add marker')); }, 'coupon applied'],
    ['a quick "added to cart" marker', () => fireEvent.click(screen.getByText('added to cart')), 'added to cart'],
    ['a quick "order placed" marker', () => fireEvent.click(screen.getByText('order placed')), 'order placed'],
  ])('adds %s to the running session', async (_name, act, label) => {
    const sent = setup(undefined, true);
    act(label);
    await waitFor(() => expect(sent).toEqual([{ type: 'session-marker', label }]));
  });

  it('stops the running session', async () => {
    const sent = setup(undefined, true);
    expect(screen.getByTestId('active-session').textContent).toContain('Walk');
    fireEvent.click(screen.getByTestId('stop-session'));
    await waitFor(() => expect(sent).toEqual([{ type: 'session-stop' }]));
  });

  it('shows the error the background answers with', async () => {
    setup({ ok: false, error: 'Only extension pages control sessions.' }, true);
    fireEvent.click(screen.getByTestId('stop-session'));
    expect((await screen.findByRole('alert')).textContent).toBe('Only extension pages control sessions.');
  });
});
