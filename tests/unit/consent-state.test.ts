import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { consentState } from '@/utils/consent/consent-state';
import type { ConsentCategories, ConsentFacts, ConsentStateName } from '@/utils/consent/types';

// One ConsentFacts fixture per consent tool and state, in tests/fixtures/consent/*.json.

interface Fixture {
  file: string;
  description: string;
  facts: ConsentFacts;
  expect: { cmp: string | null; state: ConsentStateName; categories?: ConsentCategories; evidence?: string[] };
}

const DIR = join(__dirname, '../fixtures/consent');
const fixtures: Fixture[] = readdirSync(DIR)
  .filter((name) => name.endsWith('.json'))
  .map((file) => ({ file, ...(JSON.parse(readFileSync(join(DIR, file), 'utf8')) as Omit<Fixture, 'file'>) }));

describe('consent state from fixtures', () => {
  it.each(fixtures)('reads $file ($description) as $expect.state', ({ facts, expect: want }) => {
    const got = consentState(facts);
    expect(got.cmp).toBe(want.cmp);
    expect(got.state).toBe(want.state);
    if (want.categories) expect(got.categories).toEqual(want.categories);
    for (const line of want.evidence ?? []) expect(got.evidence).toContain(line);
    expect(got.evidence.length).toBeGreaterThan(0);
  });

  it.each([
    ['complianz', ['given', 'refused', 'not-yet-asked']],
    ['cookieyes', ['given', 'refused', 'not-yet-asked']],
    ['cookieyes-legacy', ['given', 'refused', 'not-yet-asked']],
    ['cookiebot', ['given', 'refused', 'not-yet-asked']],
    ['moove-gdpr', ['given', 'refused', 'not-yet-asked']],
    ['cookie-notice', ['given', 'refused', 'not-yet-asked']],
    ['wp-consent-api', ['given', 'refused', 'not-yet-asked']],
    ['google-consent-mode', ['given', 'refused', 'not-yet-asked']],
    ['iab-tcf', ['given', 'refused', 'not-yet-asked']],
    ['real-cookie-banner', ['not-yet-asked', 'unknown']],
    ['borlabs-cookie', ['unknown', 'partial']],
    ['usercentrics', ['unknown']],
    [null, ['no-cmp']],
  ] as const)('has a fixture for every state the reference lets us tell for %s', (cmp, states) => {
    const covered = new Set(fixtures.filter((f) => f.expect.cmp === cmp).map((f) => f.expect.state));
    for (const state of states) expect(covered, `${String(cmp)} ${state}`).toContain(state);
  });

  it('names the other consent tools it found in the evidence', () => {
    const several = fixtures.find((f) => f.file === 'several-cmps.json')!;
    const got = consentState(several.facts);
    expect(got.evidence.filter((line) => line.startsWith('also present:'))).toHaveLength(2);
  });

  it('reports no CMP for empty facts', () => {
    expect(consentState({ cookies: {}, globals: {}, domMarkers: [] })).toEqual({
      cmp: null, state: 'no-cmp', evidence: ['no consent tool globals, cookies or banners found'],
    });
  });
});

describe('consent state on hostile facts', () => {
  const huge = 'x'.repeat(1_000_000);
  it.each<[string, ConsentFacts]>([
    ['garbage consent cookies', { cookies: { 'cookieyes-consent': ',,::,:', CookieConsent: '{{{', moove_gdpr_popup: '{"strict":', 'hu-consent': 'null' }, globals: {}, domMarkers: [] }],
    ['huge cookie values', { cookies: { CookieConsent: huge, 'cmplz_banner-status': huge, 'real_cookie_banner-x': `${huge}{` }, globals: {}, domMarkers: [] }],
    ['globals of the wrong type', { cookies: {}, globals: { Cookiebot: 'yes', complianz: 5, dataLayer: 'consent', getCkyConsent: [1], BorlabsCookie: null, consent_api: [] }, domMarkers: [] }],
    ['dataLayer entries that are not consent commands', { cookies: {}, globals: { dataLayer: [null, 1, { action: 'update' }, { action: 'update', params: null }] }, domMarkers: [] }],
    ['unknown markers and a TCF object without fields', { cookies: {}, globals: {}, domMarkers: ['#nope', ''], tcf: {} }],
  ])('never throws on %s and still answers with a known state', (_name, facts) => {
    const got = consentState(facts);
    expect(['given', 'refused', 'not-yet-asked', 'partial', 'no-cmp', 'unknown']).toContain(got.state);
    expect(JSON.stringify(got).length).toBeLessThan(10_000);
  });

  it.each([null, undefined])('reports no CMP when the facts themselves are %s', (facts) => {
    expect(consentState(facts).state).toBe('no-cmp');
  });

  it('treats a garbage CookieYes cookie as a cookie written before any choice', () => {
    const got = consentState({ cookies: { 'cookieyes-consent': '%%%garbage' }, globals: {}, domMarkers: [] });
    expect(got).toMatchObject({ cmp: 'cookieyes', state: 'not-yet-asked' });
  });
});
