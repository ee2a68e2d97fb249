import type { browser as Browser } from 'wxt/browser';
import type { LeakscopeDB } from '../db';
import type { Detector } from '../detection';
import { badgeFor } from '../panel/badge';
import { currentVisit } from '../tab-history';

// The toolbar badge per tab: the current page's findings, coloured by the worst. Recomputed from the
// database each time (the worker keeps nothing), after detection batches and on navigation.

interface ActionLike {
  setBadgeText(details: { tabId: number; text: string }): Promise<void>;
  setBadgeBackgroundColor(details: { tabId: number; color: string }): Promise<void>;
  setBadgeTextColor?(details: { tabId: number; color: string }): Promise<void>;
}

export interface Badges {
  /** Recomputes the badge of the given tabs, or of every tab with a monitored page. */
  refresh(tabIds?: number[]): Promise<void>;
  /** The detector, with the badge of the affected tab refreshed after each page-driven job. */
  watch(detector: Detector): Detector;
  /** Recomputes the badge of every open tab (after a purge the database no longer lists them). */
  refreshAllTabs(): Promise<void>;
}

export function registerBadge(browser: typeof Browser, db: LeakscopeDB): Badges {
  const action = (browser as unknown as { action: ActionLike }).action;

  async function paint(tabId: number, badge: ReturnType<typeof badgeFor>): Promise<void> {
    await action.setBadgeText({ tabId, text: badge?.text ?? '' });
    if (!badge) return;
    await action.setBadgeBackgroundColor({ tabId, color: badge.color });
    await action.setBadgeTextColor?.({ tabId, color: '#ffffff' });
  }

  // Never rejects: a tab closed meanwhile makes setBadgeText reject; the others still get theirs.
  // All tabs are read in one transaction (this runs after every recorded batch).
  const refresh = async (tabIds?: number[]) => {
    const badges = await db
      .transaction('r', [db.tabs, db.findings], async () => {
        const ids = tabIds ?? (await db.tabs.toCollection().primaryKeys());
        const rows = await db.tabs.bulkGet(ids);
        return Promise.all(ids.map(async (tabId, i) => {
          const visitId = currentVisit(rows[i]);
          return { tabId, badge: badgeFor(visitId ? await db.findings.where('visitId').equals(visitId).toArray() : []) };
        }));
      })
      .catch(() => []);
    await Promise.all(badges.map(({ tabId, badge }) => paint(tabId, badge).catch(() => {})));
  };

  const watch = (detector: Detector): Detector => ({
    ...detector,
    addSeeds: (tabId, seeds, visitId) => detector.addSeeds(tabId, seeds, visitId).finally(() => void refresh([tabId])),
    inventory: (tabId, time, facts) => detector.inventory(tabId, time, facts).finally(() => void refresh([tabId])),
  });

  const refreshAllTabs = async () => {
    const tabs = await browser.tabs.query({}).catch(() => []);
    await refresh(tabs.flatMap((t) => (t.id === undefined ? [] : [t.id])));
  };

  // Badges survive a worker restart but not a browser restart: set them from the database.
  void refresh();
  return { refresh, watch, refreshAllTabs };
}
