import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { FindingRow } from '@/utils/db';
import type { Exposure } from '@/utils/attribution/exposures';
import { exposureFinding } from '@/utils/page-findings';
import { diffSessions, findingIdentity } from '@/utils/sessions';
import { freshDb } from './helpers';
import { fill, finding, session, STORE, visit } from './export-fixtures';

const base = finding();
const checkout = visit();

describe('a finding\'s identity across sessions', () => {
  it.each<[string, Partial<FindingRow>, string]>([
    ['vendor, plugin slug, data category and page type', {}, 'OpenAI | plugin:ai-chat | email | checkout'],
    ['the destination host when the catalog names no vendor', { destination: { kind: 'unlisted-ai', host: 'AI.Example.com' } }, 'ai.example.com | plugin:ai-chat | email | checkout'],
    ['the component kind and script host when there is no slug', {
      source: { url: 'https://widget.example/loader.js?ver=9&k=1', method: 'stack', component: { kind: 'third-party', how: 'stack' } },
    }, 'OpenAI | third-party@widget.example | email | checkout'],
    ['"unknown" when nothing names the sender', { source: { method: 'none' } }, 'OpenAI | unknown | email | checkout'],
  ])('is made of %s', (_name, over, expected) => {
    expect(findingIdentity({ ...base, ...over }, checkout)).toBe(expected);
  });

  it.each([
    ['a wp-admin screen', visit({}, { kind: 'wp-admin', admin: { screen: 'order-edit', storage: 'hpos' } }), 'wp-admin:order-edit'],
    ['a page not read yet', visit({ page: undefined }), 'unknown'],
    ['a missing visit', undefined, 'unknown'],
  ])('names the page type of %s', (_name, v, pageType) => {
    expect(findingIdentity(base, v).split(' | ')[3]).toBe(pageType);
  });

  it('ignores database ids, the script URL\'s ?ver= and the component version', () => {
    const updated = finding({
      id: 'other-visit|k2', visitId: 'other-visit', key: 'k2',
      source: { url: `${STORE}/wp-content/plugins/ai-chat/chat.js?ver=2.0`, method: 'stack', component: { kind: 'plugin', slug: 'ai-chat', version: '2.0', how: 'stack' } },
    });
    expect(findingIdentity(updated, visit({ id: 'other-visit' }))).toBe(findingIdentity(base, checkout));
  });
});

describe('a key or prompt exposed in the page', () => {
  // The finding as detection stores it for an exposure the page inventory found.
  const exposure = (e: Exposure, over: Partial<FindingRow> = {}): FindingRow => {
    const draft = exposureFinding(e, `${STORE}/checkout/?key=wc_order_1`);
    return finding({ ...draft, id: `v1|${draft.key}`, ...over });
  };
  const prompt = (where: string) => exposure({ kind: 'system-prompt', where, preview: 'You are a sales…' });

  it.each<[string, FindingRow, string]>([
    ['a system prompt under a key of an inline script', prompt('inline script 3, key system_prompt'),
      'in the page (store.test) | page:inline script (key system_prompt) | system-prompt | checkout'],
    ['an AI key in an inline script', exposure({ kind: 'api-key', where: 'inline script 1, OpenAI key', preview: 'sk-…' }),
      'in the page (store.test) | page:inline script (OpenAI key) | api-key | checkout'],
    ['a "role":"system" message', prompt('inline script 2, "role":"system" message'),
      'in the page (store.test) | page:inline script ("role":"system" message) | system-prompt | checkout'],
    ['a key name holding the separator', prompt('inline script 1, key a | b'),
      'in the page (store.test) | page:inline script (key a b) | system-prompt | checkout'],
  ])('is named by where it sits: %s', (_name, f, expected) => {
    expect(findingIdentity(f, checkout)).toBe(expected);
    expect(findingIdentity(f, checkout)).not.toContain('unknown');
  });

  it('stays the same finding when a plugin adds a script before it (the inline script\'s number shifts)', () => {
    expect(findingIdentity(prompt('inline script 7, key system_prompt'), checkout)).toBe(findingIdentity(prompt('inline script 3, key system_prompt'), checkout));
  });

  it('shows in a comparison by where it sits, not as an unknown sender', async () => {
    const db = freshDb();
    await fill(db, { sessions: [session({ id: 'A' }), session({ id: 'B', name: 'After update' })], visits: [visit({ id: 'v1', sessionId: 'A' })], findings: [prompt('inline script 3, key system_prompt')] });
    const diff = await diffSessions(db, 'A', 'B');
    expect(diff.resolved).toMatchObject([{ vendor: 'in the page (store.test)', component: 'page:inline script (key system_prompt)', dataCategory: 'system-prompt', pageType: 'checkout' }]);
  });
});

describe('comparing two sessions', () => {
  const A = [session({ id: 'A' })];
  const B = [session({ id: 'B', name: 'After update' })];
  const inB = (over: Partial<FindingRow>) => finding({ visitId: 'w1', sessionId: 'B', ...over });
  const visits = [visit({ id: 'v1', sessionId: 'A' }), visit({ id: 'w1', sessionId: 'B' }), visit({ id: 'w2', sessionId: 'B' }, { kind: 'cart', variant: 'block' })];

  it.each<[string, FindingRow[], FindingRow[], { added: string[]; resolved: string[]; unchanged: string[] }]>([
    ['a plugin version bump leaves the finding unchanged',
      [finding()],
      [inB({ key: 'x', source: { url: `${STORE}/wp-content/plugins/ai-chat/chat.js?ver=2.0`, method: 'stack', component: { kind: 'plugin', slug: 'ai-chat', version: '2.0', how: 'stack' } } })],
      { added: [], resolved: [], unchanged: ['OpenAI | plugin:ai-chat | email | checkout'] }],
    ['a disabled plugin resolves its findings',
      [finding(), finding({ key: 'k-phone', dataCategory: 'phone' })],
      [],
      { added: [], resolved: ['OpenAI | plugin:ai-chat | email | checkout', 'OpenAI | plugin:ai-chat | phone | checkout'], unchanged: [] }],
    ['the same leak on another page type is new',
      [finding()],
      [inB({}), inB({ visitId: 'w2' })],
      { added: ['OpenAI | plugin:ai-chat | email | cart'], resolved: [], unchanged: ['OpenAI | plugin:ai-chat | email | checkout'] }],
    ['a new data category is new and the old one resolved',
      [finding()],
      [inB({ dataCategory: 'search-term', key: 'k-search' })],
      { added: ['OpenAI | plugin:ai-chat | search-term | checkout'], resolved: ['OpenAI | plugin:ai-chat | email | checkout'], unchanged: [] }],
  ])('%s', async (_name, inA, inBRows, expected) => {
    const db = freshDb();
    await fill(db, { sessions: [...A, ...B], visits, findings: [...inA, ...inBRows] });
    const diff = await diffSessions(db, 'A', 'B');
    expect({ added: diff.added.map((e) => e.identity), resolved: diff.resolved.map((e) => e.identity), unchanged: diff.unchanged.map((e) => e.identity) }).toEqual(expected);
  });

  it('counts occurrences in each session, keeps the worst severity and points at example findings', async () => {
    const db = freshDb();
    await fill(db, {
      sessions: [...A, ...B], visits,
      findings: [finding({ count: 3, severity: 'medium' }), inB({ count: 1, severity: 'critical' }), inB({ id: 'w1|again', key: 'again', count: 4, severity: 'low' })],
    });
    const [entry] = (await diffSessions(db, 'A', 'B')).unchanged;
    expect(entry).toMatchObject({
      vendor: 'OpenAI', component: 'plugin:ai-chat', dataCategory: 'email', pageType: 'checkout',
      severity: 'critical', countA: 3, countB: 5, examplesA: ['v1|api.openai.com|plugin:ai-chat|email'], examplesB: ['w1|again', 'w1|api.openai.com|plugin:ai-chat|email'],
    });
  });
});
