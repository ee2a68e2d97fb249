import { describe, expect, it } from 'vitest';
import { openDb, SCHEMA_VERSIONS } from '@/utils/db';

describe('the database schema', () => {
  it('numbers its versions in increasing order', () => {
    const numbers = SCHEMA_VERSIONS.map((v) => v.version);
    expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
    expect(new Set(numbers).size).toBe(numbers.length);
  });

  it('never changes a released version (add a new one instead)', () => {
    // Browsers that already upgraded would never see an edit to an old version.
    expect(SCHEMA_VERSIONS[0]).toEqual({
      version: 1,
      stores: {
        sessions: 'id, startedAt',
        tabs: 'tabId',
        visits: 'id, sessionId, tabId, startedAt',
        requests: 'id, visitId, hookId, webRequestId, [joinKey+joinOpen], startedAt',
        frames: 'id, visitId, socketHookId, time',
      },
    });
  });

  it.each(SCHEMA_VERSIONS.map((v, i) => [v.version, i]))('upgrades a database created at version %i without losing rows', async (_version, index) => {
    const name = `upgrade-${index}-${Math.random()}`;
    const old = openDb(name, SCHEMA_VERSIONS.slice(0, index + 1));
    await old.sessions.add({ id: 's', name: 'Browsing', startedAt: 1, implicit: true });
    await old.visits.add({ id: 'v', sessionId: 's', tabId: 1, url: 'http://store.test/', origin: 'http://store.test', startedAt: 1, spaNavigations: [] });
    old.close();
    const current = openDb(name);
    expect(await current.visits.get('v')).toMatchObject({ url: 'http://store.test/' });
    expect(current.verno).toBe(SCHEMA_VERSIONS.at(-1)!.version);
    current.close();
  });
});

describe('schema version 3', () => {
  it('upgrades a version 2 database with findings to one with an empty, usable markers table', async () => {
    const name = `upgrade-v3-${Math.random()}`;
    const v2 = openDb(name, SCHEMA_VERSIONS.filter((v) => v.version <= 2));
    await v2.sessions.add({ id: 's', name: 'QA', startedAt: 1, implicit: false });
    await v2.table('findings').add({ id: 'v|k', visitId: 'v', sessionId: 's', lastSeen: 5 });
    v2.close();
    const v3 = openDb(name);
    expect(v3.verno).toBeGreaterThanOrEqual(3);
    expect(await v3.findings.get('v|k')).toMatchObject({ sessionId: 's' });
    expect(await v3.markers.count()).toBe(0);
    await v3.markers.add({ id: 'm', sessionId: 's', time: 2, label: 'added to cart' });
    expect(await v3.markers.where('sessionId').equals('s').toArray()).toHaveLength(1);
    v3.close();
  });
});
