import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { maskUrl, RUBRIC, severityOf } from '@/utils/analyse';
import { lower } from '@/utils/analyse/confidence';
import { familyOf } from '@/utils/analyse/families';
import { art44 } from '@/utils/analyse/transfer';

// The rubric, the Art. 44 wording and URL masking, each checked as a table.

const DOC = readFileSync(join(__dirname, '../../docs/severity.md'), 'utf8');
const COLUMNS = ['llm-api', 'ai-widget', 'ai-search', 'ai-analytics', 'relay', 'sovereign'] as const;

function docTable(): Map<string, string[]> {
  const section = DOC.split('## The table')[1]!.split('\n## ')[0]!;
  const rows = section.split('\n').filter((l) => l.startsWith('| ') && !l.startsWith('| Family'));
  return new Map(rows.map((l) => l.split('|').slice(1, -1).map((c) => c.trim())).map(([family, ...cells]) => [family!, cells]));
}

describe('the severity rubric', () => {
  it.each(Object.keys(RUBRIC))('docs/severity.md rates the %s family as the code does', (family) => {
    const row = docTable().get(family);
    expect(row, `row ${family} in docs/severity.md`).toBeDefined();
    expect(row).toEqual(COLUMNS.map((c) => severityOf(c, family as keyof typeof RUBRIC)));
  });

  it.each([
    ['ai-api-key', 'llm-api', 'critical'],
    ['payment-card', 'ai-widget', 'critical'],
    ['email', 'llm-api', 'critical'],
    ['email', 'ai-widget', 'high'],
    ['phone', 'ai-search', 'high'],
    ['cart-sku', 'ai-widget', 'high'],
    ['system-prompt', 'relay', 'high'],
    ['search-query', 'ai-search', 'medium'],
    ['email', 'relay', 'medium'],
    ['email', 'sovereign', 'info'],
  ] as const)('rates %s to %s as %s', (category, target, severity) => {
    expect(severityOf(target, familyOf(category))).toBe(severity);
  });

  it.each([
    ['high', 'medium'],
    ['medium', 'low'],
    ['low', 'low'],
  ] as const)('lowers %s confidence to %s', (from, to) => {
    expect(lower(from)).toBe(to);
  });
});

describe('GDPR Art. 44 wording', () => {
  it.each([
    ['a US vendor', { country: 'US', eeaEntity: 'none' as const, host: 'api.cohere.com' }, 'GDPR Art. 44 (US vendor)'],
    ['a US vendor with an EEA contracting entity', { country: 'US', eeaEntity: { name: 'OpenAI Ireland Limited', country: 'IE' }, host: 'api.openai.com' }, 'GDPR Art. 44 (US vendor; EEA entity OpenAI Ireland Limited, IE)'],
    ['a contracting entity whose country is not verified', { country: 'US', eeaEntity: { name: 'Google Cloud EMEA Limited', country: 'unknown' }, host: 'x' }, 'GDPR Art. 44 (US vendor; contracting entity Google Cloud EMEA Limited, country not verified)'],
    ['an EU-region endpoint of a US vendor', { country: 'US', eeaEntity: 'none' as const, region: 'eu', host: 'eu.api.openai.com' }, 'GDPR Art. 44 (US vendor; EU endpoint eu.api.openai.com)'],
    ['an EEA vendor', { country: 'FR', eeaEntity: 'none' as const, host: 'api.mistral.ai' }, null],
    ['an EEA vendor at its EU endpoint', { country: 'FR', region: 'eu', host: 'api.eu.mistral.ai' }, null],
    ['an EEA vendor at a US endpoint', { country: 'FR', region: 'us', host: 'api.us.mistral.ai' }, 'GDPR Art. 44 (EEA vendor; non-EU endpoint api.us.mistral.ai, region us)'],
    ['a Swiss vendor (outside the EEA)', { country: 'CH', host: 'x' }, 'GDPR Art. 44 (CH vendor)'],
    ['a vendor whose country is not verified', { country: 'unknown', host: 'x' }, 'GDPR Art. 44 (check: vendor country not verified)'],
  ])('words %s', (_, facts, expected) => {
    expect(art44(facts)).toBe(expected);
  });
});

describe('maskUrl', () => {
  const EMAIL = 'jane.doe@example.com';
  const email = { category: 'email', value: EMAIL };
  const b64 = Buffer.from(EMAIL).toString('base64');
  it.each([
    ['an email query value', `https://x.test/p?email=${encodeURIComponent(EMAIL)}&page=2`, [{ ...email, chain: ['query:email', 'text'] }], 'https://x.test/p?email=j***%40e***.com&page=2'],
    ['a query value that held the email base64-encoded', `https://x.test/p?d=${b64}&page=2`, [{ ...email, chain: ['query:d', 'base64', 'text'] }], 'https://x.test/p?d=***&page=2'],
    ['a path segment', `https://x.test/u/${encodeURIComponent(EMAIL)}/orders`, [{ ...email, chain: ['path[1]', 'text'] }], 'https://x.test/u/j***%40e***.com/orders'],
    ['a fragment', `https://x.test/p#${EMAIL}`, [{ ...email, chain: ['fragment', 'text'] }], 'https://x.test/p#j***%40e***.com'],
    ['a query value that contains a value found elsewhere', `https://x.test/p?q=${encodeURIComponent(`mail ${EMAIL} now`)}`, [{ ...email, chain: ['json:$.a', 'text'] }], 'https://x.test/p?q=***'],
    ['nothing when no part matched', 'https://x.test/p?page=2#top', [{ ...email, chain: ['json:$.a', 'text'] }], 'https://x.test/p?page=2#top'],
  ])('masks %s', (_, url, matches, expected) => {
    expect(maskUrl(url, matches)).toBe(expected);
  });
});
