import { describe, expect, it } from 'vitest';
import { displayUrl } from '@/utils/dashboard/display-url';
import { summariseSessions } from '@/utils/dashboard/session-summary';
import { countBy, noCounts, total } from '@/utils/dashboard/severity-counts';
import { sessionTimeline } from '@/utils/dashboard/timeline';
import { replyError } from '@/utils/dashboard/commands';
import { finding, marker, session, visit } from './dashboard-fixtures';

describe('dashboard session summaries', () => {
  it('counts findings by severity per session', () => {
    const counts = countBy([finding({ id: 'a' }), finding({ id: 'b', severity: 'low' }), finding({ id: 'c', sessionId: 's2' })], (f) => f.sessionId);
    expect(counts.get('s1')).toEqual({ ...noCounts(), critical: 1, low: 1 });
    expect(total(counts.get('s2')!)).toBe(1);
  });

  it.each([
    ['a QA session without an end is active', session({ id: 'q' }), { kind: 'QA', active: true, evidenceMode: false }],
    ['an ended QA session is not active', session({ id: 'q', endedAt: 2000 }), { kind: 'QA', active: false }],
    ['an evidence-mode session says so', session({ id: 'q', evidenceMode: true }), { kind: 'QA', evidenceMode: true }],
    ['an implicit daily session is never active', session({ id: 'd', implicit: true }), { kind: 'implicit', active: false }],
    ['an imported session is never active', session({ id: 'i', imported: true }), { kind: 'imported', active: false }],
  ])('%s', (_name, row, expected) => {
    expect(summariseSessions([row], new Map())[0]).toMatchObject({ ...expected, counts: noCounts() });
  });

  it('lists the newest session first', () => {
    const rows = [session({ id: 'old', startedAt: 1 }), session({ id: 'new', startedAt: 3 }), session({ id: 'mid', startedAt: 2 })];
    expect(summariseSessions(rows, new Map()).map((s) => s.id)).toEqual(['new', 'mid', 'old']);
  });
});

describe('dashboard session timeline', () => {
  it('puts visits and step markers in time order, a marker after the visit that started at the same instant', () => {
    const entries = sessionTimeline(
      [visit({ id: 'v2', startedAt: 30 }), visit({ id: 'v1', startedAt: 10, url: 'http://store.test/?s=alice%40example.com' })],
      [marker({ id: 'm2', time: 30, label: 'checkout started' }), marker({ id: 'm1', time: 20 })],
      new Map([['v1', { ...noCounts(), high: 2 }]]),
    );
    expect(entries.map((e) => e.id)).toEqual(['v1', 'm1', 'v2', 'm2']);
    expect(entries[0]).toMatchObject({ kind: 'visit', url: 'http://store.test/?s=…', counts: { high: 2 }, pageType: 'unknown' });
  });
});

describe('dashboard display URLs', () => {
  it.each([
    ['http://store.test/checkout/', 'http://store.test/checkout/'],
    ['http://store.test/?s=alice%40example.com&post_type=product', 'http://store.test/?s=…&post_type=…'],
    ['https://store.test/order-received/12/?key=wc_order_x#top', 'https://store.test/order-received/12/?key=…#…'],
    ['not a url', '(not a URL)'],
  ])('shows %s as %s', (url, shown) => {
    expect(displayUrl(url)).toBe(shown);
  });
});

describe('dashboard command replies', () => {
  it.each([
    [{ ok: true }, null],
    [undefined, null],
    [{ ok: false, error: 'No session is running.' }, 'No session is running.'],
    [{ ok: false }, 'The extension could not do that.'],
  ])('reads %j as %j', (reply, error) => {
    expect(replyError(reply)).toBe(error);
  });
});
