import { DEFAULT_SETTINGS, SETTINGS_KEY, type Settings } from './settings';
import { loadSettings, type StorageAreaLike } from './settings-store';

// The background's view of the settings: read from storage once per worker start and again on each
// change event. The change listener is added before the first read starts, so no change can fall
// between the two; a worker stopped meanwhile starts with a fresh read. Storage reads are IPC to the
// browser process: reading per batch and per frame cost every monitored page load.

export interface StorageChangeEvent {
  addListener(cb: (changes: Record<string, unknown>, areaName: string) => void): void;
}

export function createSettingsCache(area: StorageAreaLike, onChanged: StorageChangeEvent) {
  let current: Settings = DEFAULT_SETTINGS;
  let latest: Promise<Settings>;
  const listeners: ((s: Settings) => void)[] = [];
  // loadSettings never rejects (defaults on a storage error).
  const read = () => (latest = loadSettings(area).then((s) => (current = s)));
  onChanged.addListener((changes, areaName) => {
    if (areaName !== 'local' || !(SETTINGS_KEY in changes)) return;
    void read().then((s) => listeners.forEach((l) => l(s)));
  });
  void read();
  return {
    /** The settings as stored, once the latest read (at start or after a change) has finished. */
    get: (): Promise<Settings> => latest,
    /** The last settings read, synchronously; defaults until the first read finishes. */
    current: (): Settings => current,
    onChange(listener: (s: Settings) => void): void {
      listeners.push(listener);
    },
  };
}
export type SettingsCache = ReturnType<typeof createSettingsCache>;
