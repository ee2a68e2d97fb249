import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv';
import { describe, expect, it } from 'vitest';
import { createDetector } from '@/utils/detection';
import { buildFindingsExport, toJson, type ExportMeta } from '@/utils/export';
import { exposureFinding } from '@/utils/page-findings';
import { DEFAULT_SETTINGS, type Settings } from '@/utils/settings';
import { apply, commit, freshDb, hook, hookEvent } from './helpers';
import { fill, finding, session, STORE, visit } from './export-fixtures';

const schema = JSON.parse(readFileSync(join(__dirname, '../../docs/findings.schema.json'), 'utf8'));
const ajvValidate = new Ajv({ allErrors: true, strict: true }).compile(schema);
const EMAIL = 'alice.customer@example.com';
const settings: Settings = {
  ...DEFAULT_SETTINGS, monitored: [{ origin: STORE, includeSubdomains: false }], canary: { email: 'canary-qa@shop.example', firstName: 'Quinn' },
  storeHosts: ['cdn.store.test'],
};
const meta: ExportMeta = { toolVersion: '0.1.0', browser: { name: 'Chromium', version: '140.0' }, exportedAt: Date.UTC(2025, 5, 4, 9), settings };

function memoryArea() {
  const data = new Map<string, unknown>();
  return {
    get: async (key: string) => (data.has(key) ? { [key]: data.get(key) } : {}),
    set: async (items: Record<string, unknown>) => void Object.entries(items).forEach(([k, v]) => data.set(k, v)),
    remove: async (key: string) => void data.delete(key),
  };
}

/** A session recorded and analysed the way the extension does it: a search page that sends the shopper's email to OpenAI. */
async function recordedSession() {
  const db = freshDb();
  const detector = createDetector({ db, sessionArea: memoryArea(), getSettings: async () => settings, salt: async () => 'test-salt-0123456789', now: Date.now });
  await apply(db, [commit(`${STORE}/?s=${encodeURIComponent(EMAIL)}&post_type=product#q=${EMAIL}`, Date.now() - 1000)]);
  await detector.addSeeds(1, [{ kind: 'email', value: EMAIL }]);
  const body = JSON.stringify({ model: 'gpt-4o-mini', messages: [{ role: 'user', content: `my email is ${EMAIL}` }] });
  await apply(db, [hook(hookEvent({ time: Date.now(), url: `https://api.openai.com/v1/chat/completions?user=${encodeURIComponent(EMAIL)}`, body: { kind: 'text', status: 'ok', text: body, size: body.length, capturedBytes: body.length } }))]);
  await detector.analyse((await db.requests.toCollection().primaryKeys()) as string[], []);
  await detector.inventory(1, Date.now(), { scripts: [`${STORE}/wp-content/plugins/ai-chat/chat.js?ver=1.2`], iframes: [], globals: [], inlineScriptSnippets: ['var cfg = {"system_prompt": "You are the shop assistant of Store Test, answer kindly"};'] });
  const sessionId = (await db.sessions.toArray())[0]!.id;
  return { db, sessionId };
}

describe('the JSON findings export', () => {
  it('turns a recorded session into a file that matches the schema and holds no raw customer value', async () => {
    const { db, sessionId } = await recordedSession();
    const exp = await buildFindingsExport(db, sessionId, meta);
    expect(ajvValidate(exp), JSON.stringify(ajvValidate.errors)).toBe(true);
    expect(exp.findings.some((f) => f.dataCategory === 'email' && f.destination.vendor === 'OpenAI')).toBe(true);
    expect(exp.exposures).toEqual([expect.objectContaining({ kind: 'system-prompt' })]);
    const text = toJson(exp);
    for (const variant of [EMAIL, encodeURIComponent(EMAIL), 'alice.customer', 'canary-qa@shop.example', 'Quinn', 'test-salt'])
      expect(text, variant).not.toContain(variant);
    expect(exp.visits[0]!.url).toBe(`${STORE}/?s=***&post_type=***#***`);
  });

  it('writes a provenance header with the tool, browser, session and the settings that affect results', async () => {
    const { db, sessionId } = await recordedSession();
    const { provenance } = await buildFindingsExport(db, sessionId, meta);
    expect(provenance).toMatchObject({
      tool: { name: 'Leakscope', version: '0.1.0' }, browser: { name: 'Chromium', version: '140.0' }, exportedAt: '2025-06-04T09:00:00.000Z',
      session: { id: sessionId, kind: 'daily', endedAt: null }, redaction: { mode: 'redacted', rawValuesIncluded: false },
      settings: { monitoredOrigins: [{ origin: STORE, includeSubdomains: false }], storeHosts: ['cdn.store.test'], canaryProfileSet: true, bodyCapBytes: settings.bodyCapBytes },
    });
    expect(provenance.session.startedAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
  });

  it.each([
    ['a redacted session leaves raw values out even when a row holds one', false, undefined, 'redacted'],
    ['an evidence-mode session includes them and says so', true, 'alice@example.com', 'evidence'],
  ])('%s', async (_name, evidenceMode, raw, mode) => {
    const db = freshDb();
    const f = finding();
    f.evidence[0]!.raw = 'alice@example.com';
    await fill(db, { sessions: [session({ evidenceMode })], visits: [visit()], findings: [f] });
    const exp = await buildFindingsExport(db, 'A', meta);
    expect(exp.provenance.redaction).toEqual({ mode, rawValuesIncluded: evidenceMode });
    expect(exp.findings[0]!.evidence[0]!.raw).toBe(raw);
    expect(ajvValidate(exp)).toBe(true);
  });

  it('gives byte-identical files whatever order the rows were stored in', async () => {
    const visits = [visit({ id: 'v2', startedAt: 5 }), visit({ id: 'v1', startedAt: 5 }), visit({ id: 'v0', startedAt: 1, page: undefined })];
    const findings = [
      finding({ visitId: 'v2', transports: ['xhr', 'fetch'], compliance: ['b', 'a'] }),
      finding({ visitId: 'v1', firstSeen: 9 }), finding({ visitId: 'v0', key: 'k', firstSeen: 9, dataCategory: 'phone' }),
    ];
    const one = freshDb();
    const two = freshDb();
    await fill(one, { sessions: [session()], visits, findings });
    await fill(two, { sessions: [session()], visits: [...visits].reverse(), findings: [...findings].reverse() });
    const a = toJson(await buildFindingsExport(one, 'A', meta));
    expect(toJson(await buildFindingsExport(two, 'A', meta))).toBe(a);
    const exp = JSON.parse(a);
    expect(exp.visits.map((v: { id: string }) => v.id)).toEqual(['v0', 'v1', 'v2']);
    expect(exp.findings.map((f: { visitId: string }) => f.visitId)).toEqual(['v0', 'v1', 'v2']);
    expect(exp.findings[2].transports).toEqual(['fetch', 'xhr']);
    expect(Object.keys(exp)).toEqual(['formatVersion', 'provenance', 'visits', 'markers', 'findings', 'exposures', 'summary']);
    expect(a.endsWith('}\n')).toBe(true);
    expect(a.split('\n')[1]).toBe('  "formatVersion": "1.0.0",');
  });

  it('summarises by vendor and by plugin, worst severity first', async () => {
    const db = freshDb();
    await fill(db, {
      sessions: [session()], visits: [visit(), visit({ id: 'v2' }, { kind: 'cart', variant: 'block' })],
      findings: [
        finding({ count: 2, severity: 'medium' }),
        finding({ visitId: 'v2', key: 'k2', dataCategory: 'cart-sku', count: 3, severity: 'high' }),
        finding({
          key: 'k3', dataCategory: 'search-term', severity: 'critical', count: 1,
          destination: { kind: 'catalogued', host: 'api.algolia.net', vendor: 'Algolia', serviceCategory: 'ai-search', country: 'US' },
          source: { url: `${STORE}/wp-content/plugins/search-ai/s.js?ver=3`, method: 'stack', component: { kind: 'plugin', slug: 'search-ai', version: '3', how: 'stack' } },
        }),
      ],
    });
    const { summary } = await buildFindingsExport(db, 'A', meta);
    expect(summary).toMatchObject({ findings: 3, occurrences: 6, bySeverity: { critical: 1, high: 1, medium: 1, low: 0, info: 0 } });
    expect(summary.byVendor.map((v) => [v.vendor, v.worstSeverity, v.pages, v.occurrences, v.dataCategories])).toEqual([
      ['Algolia', 'critical', 1, 1, ['search-term']],
      ['OpenAI', 'high', 2, 5, ['cart-sku', 'email']],
    ]);
    expect(summary.byPlugin.map((p) => [p.component, p.versions, p.vendors])).toEqual([
      ['plugin:search-ai', ['3'], ['Algolia']],
      ['plugin:ai-chat', ['1.2'], ['OpenAI']],
    ]);
  });

  it('summarises a prompt exposed in the page under where it sits, not under an unknown plugin', async () => {
    const draft = exposureFinding({ kind: 'system-prompt', where: 'inline script 2, key system_prompt', preview: 'You are…' }, `${STORE}/checkout/`);
    const db = freshDb();
    await fill(db, { sessions: [session()], visits: [visit()], findings: [finding({ ...draft, id: `v1|${draft.key}` })] });
    const { summary } = await buildFindingsExport(db, 'A', meta);
    expect(summary.byPlugin.map((p) => [p.component, p.kind, p.slug, p.vendors])).toEqual([
      ['page:inline script (key system_prompt)', 'page', null, ['in the page (store.test)']],
    ]);
    expect(summary.byVendor.map((v) => [v.vendor, v.components])).toEqual([['in the page (store.test)', ['page:inline script (key system_prompt)']]]);
  });

  it('masks a source URL inside a finding id like every other URL', async () => {
    const db = freshDb();
    await fill(db, { sessions: [session()], visits: [visit()], findings: [finding({ key: `openai@api.openai.com|${STORE}/search/alice/|search-term` })] });
    const [f] = (await buildFindingsExport(db, 'A', meta)).findings;
    expect(f!.id).toBe(`v1|openai@api.openai.com|${STORE}/search/***/|search-term`);
  });

  it('refuses a session that does not exist', async () => {
    await expect(buildFindingsExport(freshDb(), 'nope', meta)).rejects.toThrow(/No session/);
  });
});

describe('the findings schema', () => {
  function objects(node: unknown, path: string, out: string[]): string[] {
    if (node && typeof node === 'object') {
      const o = node as Record<string, unknown>;
      if (o.type === 'object' || (Array.isArray(o.type) && o.type.includes('object'))) if (o.additionalProperties !== false) out.push(path);
      for (const [k, v] of Object.entries(o)) objects(v, `${path}/${k}`, out);
    }
    return out;
  }

  it('forbids unknown fields in every object', () => {
    expect(objects(schema, '#', [])).toEqual([]);
  });

  it('documents the format version the code writes, and the version rule', () => {
    const doc = readFileSync(join(__dirname, '../../docs/findings-format.md'), 'utf8');
    expect(doc).toContain('1.0.0');
    expect(doc).toMatch(/minor/i);
  });
});
