import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { buildFindingsExport, importFindings, toJson, type ExportMeta, type FindingsExport } from '@/utils/export';
import { diffSessions } from '@/utils/sessions';
import { DEFAULT_SETTINGS } from '@/utils/settings';
import { freshDb } from './helpers';
import { fill, finding, session, visit } from './export-fixtures';
import { sampleExport } from './export-sample';

const meta: ExportMeta = { toolVersion: '0.1.0', browser: { name: 'Firefox', version: '128.0' }, exportedAt: Date.UTC(2025, 5, 4), settings: DEFAULT_SETTINGS };

async function recorded() {
  const db = freshDb();
  const v = visit({ inventory: { components: [], aiIntegrations: [], exposures: [{ kind: 'api-key', where: 'inline script 1, OpenAI key', preview: 'sk-…a1' }] } });
  v.spaNavigations.push({ url: 'http://store.test/checkout/#step2', time: Date.UTC(2025, 5, 3, 10, 4), kind: 'fragment' });
  await fill(db, {
    sessions: [session({ evidenceMode: true })],
    visits: [v, visit({ id: 'v2', startedAt: Date.UTC(2025, 5, 3, 10, 5) }, { kind: 'wp-admin', admin: { screen: 'order-edit', storage: 'hpos' } })],
    findings: [
      finding({ evidence: [{ category: 'email', chain: ['json:$.q'], preview: 'j***@e***.com', hash: 'aa', raw: 'jo@example.com' }] }),
      finding({ visitId: 'v2', key: 'k2', consent: undefined, source: { method: 'none' }, destination: { kind: 'unlisted-ai', host: 'ai.example' } }),
    ],
  });
  await db.markers.add({ id: 'm1', sessionId: 'A', visitId: 'v1', time: Date.UTC(2025, 5, 3, 10, 3), label: 'added to cart' });
  return db;
}

/** The export without what an import legitimately changes: ids, the session kind and the export time. */
function comparable(exp: FindingsExport) {
  const visitIndex = new Map(exp.visits.map((v, i) => [v.id, i]));
  return {
    findings: exp.findings.map((f) => ({ ...f, id: f.id.slice(f.visitId.length), visitId: visitIndex.get(f.visitId) })),
    visits: exp.visits.map((v) => ({ ...v, id: visitIndex.get(v.id) })),
    markers: exp.markers.map((m) => ({ ...m, visitId: m.visitId === null ? null : visitIndex.get(m.visitId) })),
    exposures: exp.exposures.map((e) => ({ ...e, visitId: visitIndex.get(e.visitId) })),
    summary: exp.summary, redaction: exp.provenance.redaction,
    session: { ...exp.provenance.session, id: undefined, kind: undefined },
  };
}

describe('importing a findings export', () => {
  it('gives back the same findings, visits, markers and exposures when exported again', async () => {
    const db = await recorded();
    const first = await buildFindingsExport(db, 'A', meta);
    const result = await importFindings(db, toJson(first));
    expect(result).toMatchObject({ ok: true });
    const sessionId = result.ok ? result.sessionId : '';
    expect(await db.sessions.get(sessionId)).toMatchObject({ name: 'Before update', imported: true, implicit: false, evidenceMode: true });
    const again = await buildFindingsExport(db, sessionId, meta);
    expect(again.provenance.session.kind).toBe('imported');
    expect(comparable(again)).toEqual(comparable(first));
  });

  it('makes a session the dashboard can compare with the one it came from', async () => {
    const db = await recorded();
    const result = await importFindings(db, toJson(await buildFindingsExport(db, 'A', meta)));
    const diff = await diffSessions(db, 'A', result.ok ? result.sessionId : '');
    expect(diff.added).toEqual([]);
    expect(diff.resolved).toEqual([]);
    expect(diff.unchanged).toHaveLength(2);
  });

  it('can import the same file twice as two sessions', async () => {
    const db = freshDb();
    const text = JSON.stringify(sampleExport());
    const [a, b] = [await importFindings(db, text), await importFindings(db, text)];
    expect(a.ok && b.ok && a.sessionId !== b.sessionId).toBe(true);
    expect(await db.findings.count()).toBe(2);
  });

  const broken: [string, () => string, RegExp][] = [
    ['not JSON', () => '{"formatVersion": "1.0.0", ', /not JSON.*Choose a findings export \(\.json\)/],
    ['a CSV export', () => 'finding_id,visit_id\r\n', /not JSON/],
    ['a newer format', () => JSON.stringify({ ...sampleExport(), formatVersion: '2.0.0' }), /format 2\.0\.0.*Update Leakscope/],
    ['a newer minor version with a new field', () => JSON.stringify({ ...sampleExport(), formatVersion: '1.3.0', extra: [] }), /format 1\.3\.0.*Update Leakscope/],
    ['an edited file with an unknown field', () => JSON.stringify({ ...sampleExport(), notes: 'x' }), /not a valid Leakscope findings export.*unexpected field "notes".*Export the session again/],
    ['a finding on a visit that is not in the file', () => {
      const e = sampleExport();
      e.findings[0]!.visitId = 'ghost';
      return JSON.stringify(e);
    }, /contradicts itself: finding .* visit "ghost"/],
    ['an impossible date', () => {
      const e = sampleExport();
      e.findings[0]!.lastSeen = '2025-13-45T10:00:00.000Z';
      return JSON.stringify(e);
    }, /not a real date/],
    ['raw values in a file that says it holds none', () => {
      const e = sampleExport();
      e.findings[0]!.evidence[0]!.raw = 'alice@example.com';
      return JSON.stringify(e);
    }, /contradicts itself: finding .* holds a raw value, but the file says it is redacted/],
  ];

  it.each(broken)('refuses %s with a clear message and changes nothing', async (_name, text, message) => {
    const db = await recorded();
    const before = await Promise.all(db.tables.map((t) => t.toArray()));
    const result = await importFindings(db, text());
    expect(result.ok).toBe(false);
    expect(result.ok ? '' : result.error).toMatch(message);
    expect(await Promise.all(db.tables.map((t) => t.toArray()))).toEqual(before);
  });

  it('writes nothing when the database refuses part of the file', async () => {
    const db = freshDb();
    const text = JSON.stringify(sampleExport());
    expect(await importFindings(db, text, { newId: () => 'x' })).toEqual({ ok: true, sessionId: 'import-x' });
    const clash = await importFindings(db, text, { newId: () => 'x' }); // the same session id again: the session row is refused
    expect(clash).toMatchObject({ ok: false, error: expect.stringMatching(/Nothing was imported/) });
    expect(await db.sessions.count()).toBe(1);
    expect(await db.findings.count()).toBe(1);
  });

  it('rolls back the session when a later row is refused', async () => {
    const db = freshDb();
    await db.visits.add(visit({ id: 'import-y/v1', sessionId: 'elsewhere' }));
    const result = await importFindings(db, JSON.stringify(sampleExport()), { newId: () => 'y' });
    expect(result).toMatchObject({ ok: false, error: expect.stringMatching(/Nothing was imported/) });
    expect(await db.sessions.get('import-y')).toBeUndefined();
    expect(await db.findings.count()).toBe(0);
  });
});
