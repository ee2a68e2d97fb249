import type { StorageAreaLike } from './settings-store';

// A random salt per installation for evidence hashes: hashes compare within one installation but
// cannot be looked up elsewhere. It is never exported.

const KEY = 'evidenceSalt';

export async function installationSalt(area: StorageAreaLike, random = () => crypto.randomUUID()): Promise<string> {
  const stored = (await area.get(KEY))[KEY];
  if (typeof stored === 'string' && stored.length >= 16) return stored;
  const salt = random();
  await area.set({ [KEY]: salt });
  return salt;
}
