import { beforeEach, describe, expect, it, vi } from 'vitest';
import { registerBadge } from '@/utils/background/register-badge';
import type { LeakscopeDB } from '@/utils/db';
import type { Detector } from '@/utils/detection';
import { SEVERITY_COLOURS } from '@/utils/panel/severity';
import { freshDb } from './helpers';
import { finding } from './panel-fixtures';

// The toolbar badge is recomputed from the database: the current visit's findings, worst colour.

let db: LeakscopeDB;
let action: { setBadgeText: ReturnType<typeof vi.fn>; setBadgeBackgroundColor: ReturnType<typeof vi.fn>; setBadgeTextColor: ReturnType<typeof vi.fn> };
let openTabs: { id?: number }[] = [];
const browser = () => ({ action, tabs: { query: async () => openTabs } }) as never;
const textOf = (tabId: number) => action.setBadgeText.mock.calls.filter(([d]) => d.tabId === tabId).at(-1)?.[0].text;
const colourOf = (tabId: number) => action.setBadgeBackgroundColor.mock.calls.filter(([d]) => d.tabId === tabId).at(-1)?.[0].color;

beforeEach(async () => {
  db = freshDb();
  action = { setBadgeText: vi.fn(async () => {}), setBadgeBackgroundColor: vi.fn(async () => {}), setBadgeTextColor: vi.fn(async () => {}) };
  await db.tabs.bulkPut([
    { tabId: 1, history: [{ visitId: 'old', since: 1 }, { visitId: 'v1', since: 2 }] },
    { tabId: 2, history: [{ visitId: 'v2', since: 1 }, { visitId: null, since: 2 }] },
  ]);
  await db.findings.bulkPut([
    finding({ id: 'a', visitId: 'v1', severity: 'medium' }),
    finding({ id: 'b', visitId: 'v1', severity: 'high' }),
    finding({ id: 'c', visitId: 'old', severity: 'critical' }),
    finding({ id: 'd', visitId: 'v2', severity: 'critical' }),
  ]);
});

describe('the badge of each tab', () => {
  it('counts the findings of the page the tab shows now, coloured by the worst of them', async () => {
    await registerBadge(browser(), db).refresh([1]);
    expect(textOf(1)).toBe('2');
    expect(colourOf(1)).toBe(SEVERITY_COLOURS.high);
    expect(action.setBadgeTextColor).toHaveBeenCalledWith({ tabId: 1, color: '#ffffff' });
  });

  it('is empty for a tab that moved on to an unmonitored page, and for a tab never monitored', async () => {
    await registerBadge(browser(), db).refresh([2, 3]);
    expect(textOf(2)).toBe('');
    expect(textOf(3)).toBe('');
  });

  it('starts again at a navigation: the new page has no findings yet', async () => {
    const badges = registerBadge(browser(), db);
    await db.tabs.put({ tabId: 1, history: [{ visitId: 'v1', since: 2 }, { visitId: 'v3', since: 3 }] });
    await badges.refresh([1]);
    expect(textOf(1)).toBe('');
  });

  it('refreshes every tab with a monitored page when no tab is named', async () => {
    await registerBadge(browser(), db).refresh();
    expect(textOf(1)).toBe('2');
    expect(textOf(2)).toBe('');
  });

  it('after a purge, empties the badge of every open tab, though the database no longer lists them', async () => {
    const badges = registerBadge(browser(), db);
    await badges.refresh([1]);
    expect(textOf(1)).toBe('2');
    for (const table of db.tables) await table.clear();
    openTabs = [{ id: 1 }, { id: 7 }, {}];
    await badges.refreshAllTabs();
    expect(textOf(1)).toBe('');
    expect(textOf(7)).toBe('');
  });

  it('keeps going when a tab was closed meanwhile, and never rejects', async () => {
    action.setBadgeText.mockImplementation(async (d: { tabId: number }) => {
      if (d.tabId === 2) throw new Error('No tab with id: 2');
    });
    await expect(registerBadge(browser(), db).refresh([2, 1])).resolves.toBeUndefined();
    expect(textOf(1)).toBe('2');
  });

  it('refreshes a tab after the detector handled its seeds or inventory, and passes their results on', async () => {
    const detector = { addSeeds: vi.fn(async () => 4), inventory: vi.fn(async () => true), analyse: vi.fn() } as unknown as Detector;
    const watched = registerBadge(browser(), db).watch(detector);
    action.setBadgeText.mockClear();
    await expect(watched.addSeeds(1, [])).resolves.toBe(4);
    await vi.waitFor(() => expect(textOf(1)).toBe('2'));
    action.setBadgeText.mockClear();
    await expect(watched.inventory(1, 5, {} as never)).resolves.toBe(true);
    await vi.waitFor(() => expect(textOf(1)).toBe('2'));
    expect(watched.analyse).toBe(detector.analyse);
  });
});
