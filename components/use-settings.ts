import { useLayoutEffect, useState } from 'preact/hooks';
import { SETTINGS_KEY, type Settings } from '@/utils/settings';
import { loadSettings, saveSettings, type StorageAreaLike } from '@/utils/settings-store';

export interface StorageChanges {
  addListener(cb: (changes: Record<string, unknown>, area: string) => void): void;
  removeListener(cb: (changes: Record<string, unknown>, area: string) => void): void;
}

/** Settings, kept current when another page (options, another panel) changes them. */
export function useSettings(storage: StorageAreaLike, changes?: StorageChanges): [Settings | undefined, (next: Settings) => Promise<void>] {
  const [settings, setSettings] = useState<Settings>();
  // Read at once after the first render, not a frame later: the panel waits on settings.
  useLayoutEffect(() => {
    void loadSettings(storage).then(setSettings);
    const changed = (c: Record<string, unknown>, area: string) => {
      if (area === 'local' && SETTINGS_KEY in c) void loadSettings(storage).then(setSettings);
    };
    changes?.addListener(changed);
    return () => changes?.removeListener(changed);
  }, [storage]);
  return [settings, async (next) => setSettings(await saveSettings(storage, next))];
}
