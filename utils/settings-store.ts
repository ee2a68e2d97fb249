import { DEFAULT_SETTINGS, normaliseSettings, SETTINGS_KEY, type Settings } from './settings';

// Reads and writes settings through a storage area passed in (browser.storage.local in the extension).

export interface StorageAreaLike {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

export async function loadSettings(area: StorageAreaLike): Promise<Settings> {
  try {
    return normaliseSettings((await area.get(SETTINGS_KEY))[SETTINGS_KEY]);
  } catch {
    return DEFAULT_SETTINGS;
  }
}

export async function saveSettings(area: StorageAreaLike, settings: Settings): Promise<Settings> {
  const clean = normaliseSettings(settings);
  await area.set({ [SETTINGS_KEY]: clean });
  return clean;
}
