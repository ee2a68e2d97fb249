import type { browser as Browser } from 'wxt/browser';
import type { LeakscopeDB } from '../db';
import { applyRetention, type SeedAreaLike } from '../retention';
import type { SettingsCache } from '../settings-cache';

// Retention runs when the worker starts and then at most hourly, and at once when its settings
// change. The last run time is kept in storage.local, since the worker may be stopped any time;
// no alarm (and so no extra permission) is needed: a stopped worker has nothing to delete.

const HOUR_MS = 3_600_000;
const STAMP = 'retentionLastRun';

export function registerRetention(
  browser: typeof Browser, db: LeakscopeDB, settings: SettingsCache, now: () => number = Date.now,
  log: (message: string, error: unknown) => void = () => {},
): { run(force?: boolean): Promise<string[]> } {
  let running: Promise<string[]> | undefined;
  const run = (force = false): Promise<string[]> => {
    running ??= (async () => {
      const last = Number((await browser.storage.local.get(STAMP))[STAMP] ?? 0);
      if (!force && now() - last < HOUR_MS) return [];
      await browser.storage.local.set({ [STAMP]: now() });
      return applyRetention(db, await settings.get(), now(), browser.storage.session as unknown as SeedAreaLike);
    })()
      .catch((e: unknown) => (log('retention failed', e), []))
      .finally(() => (running = undefined));
    return running;
  };
  let previous = settings.current();
  settings.onChange((s) => {
    const changed = s.retentionDays !== previous.retentionDays || s.retentionMaxMB !== previous.retentionMaxMB;
    previous = s;
    if (changed) void run(true);
  });
  void run();
  setInterval(() => void run(), HOUR_MS);
  return { run };
}
