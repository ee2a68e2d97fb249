import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { cachedSalt, installationSalt } from '@/utils/salt';
import { countedLocal } from './helpers';

describe('the installation salt', () => {
  beforeEach(() => fakeBrowser.reset());

  it('is made once and then read back unchanged', async () => {
    const first = await installationSalt(fakeBrowser.storage.local);
    expect(first.length).toBeGreaterThanOrEqual(16);
    expect(await installationSalt(fakeBrowser.storage.local)).toBe(first);
  });

  it('is read from storage once per worker when cached, even by calls that start together', async () => {
    const local = countedLocal();
    const salt = cachedSalt(local);
    const [a, b] = await Promise.all([salt(), salt()]);
    expect(a).toBe(b);
    expect(await salt()).toBe(a);
    expect(local.reads).toBe(1);
    expect(await installationSalt(fakeBrowser.storage.local)).toBe(a);
  });

  it('is read again after a failed read instead of failing for the worker’s lifetime', async () => {
    let fail = true;
    const area = { get: (key: string) => (fail ? Promise.reject(new Error('storage busy')) : fakeBrowser.storage.local.get(key)), set: (items: Record<string, unknown>) => fakeBrowser.storage.local.set(items) };
    const salt = cachedSalt(area);
    await expect(salt()).rejects.toThrow('storage busy');
    fail = false;
    expect((await salt()).length).toBeGreaterThanOrEqual(16);
  });
});
