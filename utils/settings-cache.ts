import { DEFAULT_SETTINGS, SETTINGS_KEY, type Settings } from './settings';
import { loadSettings, type StorageAreaLike } from './settings-store';

// The background's view of the settings: loaded once, refreshed when storage changes.

export interface StorageChangeEvent {
  addListener(cb: (changes: Record<string, unknown>, areaName: string) => void): void;
}

export function createSettingsCache(area: StorageAreaLike, onChanged: StorageChangeEvent) {
  let current: Settings = DEFAULT_SETTINGS;
  let loading = loadSettings(area).then((s) => (current = s));
  const listeners: ((s: Settings) => void)[] = [];
  onChanged.addListener((changes, areaName) => {
    if (areaName !== 'local' || !(SETTINGS_KEY in changes)) return;
    loading = loadSettings(area).then((s) => {
      current = s;
      for (const l of listeners) l(s);
      return s;
    });
  });
  return {
    /** Settings once loaded (waits for the first read after a restart). */
    get: (): Promise<Settings> => loading,
    /** Settings now, synchronously; defaults until the first read finishes. */
    current: (): Settings => current,
    onChange(listener: (s: Settings) => void): void {
      listeners.push(listener);
    },
  };
}
export type SettingsCache = ReturnType<typeof createSettingsCache>;
