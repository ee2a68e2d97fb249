import { DEFAULT_SETTINGS, SETTINGS_KEY, type Settings } from './settings';
import { loadSettings, type StorageAreaLike } from './settings-store';

// The background's view of the settings. get() reads storage each time (one cheap read per batch),
// because a change event can be missed while an event page or service worker is starting up.

export interface StorageChangeEvent {
  addListener(cb: (changes: Record<string, unknown>, areaName: string) => void): void;
}

export function createSettingsCache(area: StorageAreaLike, onChanged: StorageChangeEvent) {
  let current: Settings = DEFAULT_SETTINGS;
  const listeners: ((s: Settings) => void)[] = [];
  const read = () => loadSettings(area).then((s) => (current = s));
  void read();
  onChanged.addListener((changes, areaName) => {
    if (areaName !== 'local' || !(SETTINGS_KEY in changes)) return;
    void read().then((s) => listeners.forEach((l) => l(s)));
  });
  return {
    /** The stored settings, read now. */
    get: (): Promise<Settings> => read(),
    /** The last settings read, synchronously; defaults until the first read finishes. */
    current: (): Settings => current,
    onChange(listener: (s: Settings) => void): void {
      listeners.push(listener);
    },
  };
}
export type SettingsCache = ReturnType<typeof createSettingsCache>;
