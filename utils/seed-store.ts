import type { Seed } from './detect/types';

// Seeds are raw customer values, so they never go to IndexedDB: they live in storage.session, which
// survives a service-worker restart but is never written to disk and is gone when the browser closes.

export interface SessionAreaLike {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(key: string): Promise<void>;
}

const keyOf = (sessionId: string) => `seeds:${sessionId}`;
const same = (a: Seed, b: Seed) => a.kind === b.kind && a.value === b.value && a.shopperId === b.shopperId;

export async function loadSeeds(area: SessionAreaLike, sessionId: string): Promise<Seed[]> {
  const stored = (await area.get(keyOf(sessionId)))[keyOf(sessionId)];
  return Array.isArray(stored) ? (stored as Seed[]) : [];
}

/** Adds the seeds not stored yet and returns those (the new ones). */
export async function addSeeds(area: SessionAreaLike, sessionId: string, seeds: readonly Seed[]): Promise<Seed[]> {
  const stored = await loadSeeds(area, sessionId);
  const fresh = seeds.filter((s, i) => !stored.some((t) => same(s, t)) && seeds.findIndex((t) => same(s, t)) === i);
  if (fresh.length > 0) await area.set({ [keyOf(sessionId)]: [...stored, ...fresh] });
  return fresh;
}

/** Forgets a session's seeds (when the session ends: nothing raw should outlive it). */
export async function clearSeeds(area: SessionAreaLike, sessionId: string): Promise<void> {
  await area.remove(keyOf(sessionId));
}
