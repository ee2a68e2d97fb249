import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS } from '@/utils/settings';
import { createSettingsCache } from '@/utils/settings-cache';
import { countedLocal } from './helpers';

describe('the background settings cache', () => {
  beforeEach(() => fakeBrowser.reset());

  it('reads storage once at start and answers later calls from memory', async () => {
    await fakeBrowser.storage.local.set({ settings: { ...DEFAULT_SETTINGS, bodyCapBytes: 4096 } });
    const local = countedLocal();
    const cache = createSettingsCache(local, fakeBrowser.storage.onChanged);
    for (let i = 0; i < 5; i++) expect((await cache.get()).bodyCapBytes).toBe(4096);
    expect(local.reads).toBe(1);
    expect(cache.current().bodyCapBytes).toBe(4096);
  });

  it('sees a stored change on the next call and tells its listeners', async () => {
    const cache = createSettingsCache(fakeBrowser.storage.local, fakeBrowser.storage.onChanged);
    expect((await cache.get()).monitored).toEqual(DEFAULT_SETTINGS.monitored);
    const heard: unknown[] = [];
    cache.onChange((s) => heard.push(s.monitored));
    await fakeBrowser.storage.local.set({ settings: { ...DEFAULT_SETTINGS, monitored: [{ origin: 'https://shop.example', includeSubdomains: false }] } });
    const now = (await cache.get()).monitored;
    expect(now.map((m) => m.origin)).toEqual(['https://shop.example']);
    await vi.waitFor(() => expect(heard).toEqual([now]));
  });

  it('ignores changes to other keys and other storage areas', async () => {
    const local = countedLocal();
    const cache = createSettingsCache(local, fakeBrowser.storage.onChanged);
    await cache.get();
    await fakeBrowser.storage.local.set({ salt: 'x' });
    await fakeBrowser.storage.session.set({ settings: { monitored: [{ origin: 'https://other.example', includeSubdomains: false }] } });
    expect((await cache.get()).monitored).toEqual(DEFAULT_SETTINGS.monitored);
    expect(local.reads).toBe(1);
  });
});
