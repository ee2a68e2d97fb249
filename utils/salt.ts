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

/** installationSalt, read once per worker: once stored it never changes. A failed read is tried again. */
export function cachedSalt(area: StorageAreaLike): () => Promise<string> {
  let salt: Promise<string> | undefined;
  return () => (salt ??= installationSalt(area).catch((error: unknown) => {
    salt = undefined;
    throw error;
  }));
}
