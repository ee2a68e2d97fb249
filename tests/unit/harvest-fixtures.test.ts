import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import type { Seed } from '@/utils/detect/types';
import { createHarvester } from '@/utils/harvest/harvester';

// The shopper values the shared WooCommerce pages show in form fields (checkout as typed, the
// wp-admin order screen) are harvested as seeds. Runs when ../shared is present.

const SHARED = join(__dirname, '../../../shared/fixtures/woocommerce');
const manifest = existsSync(join(SHARED, 'manifest.json')) ? JSON.parse(readFileSync(join(SHARED, 'manifest.json'), 'utf8')) : null;

interface Page { file: string; url_path: string; expected: { field_values_in_html?: Record<string, string>; search_term?: string | null } }
const KNOWN = /(first_name|last_name|email|phone|address_1|city|postcode)$/;
const withFields: Page[] = (manifest?.files ?? []).filter((f: Page) => Object.keys(f.expected.field_values_in_html ?? {}).some((k) => KNOWN.test(k)));
const withSearch: Page[] = (manifest?.files ?? []).filter((f: Page) => f.expected.search_term);

function harvest(page: Page): Seed[] {
  const { document } = parseHTML(readFileSync(join(SHARED, page.file), 'utf8'));
  const sent: Seed[] = [];
  const timers: (() => void)[] = [];
  const h = createHarvester({ url: `http://store.example.test${page.url_path}`, send: (s) => sent.push(...s), setTimeout: (fn) => timers.push(fn), clearTimeout: () => {} });
  h.scan(document.querySelectorAll('input, textarea'));
  timers.splice(0).forEach((fn) => fn());
  return sent;
}

describe.skipIf(!manifest)('harvesting the shared WooCommerce fixture pages (runs when ../shared is present)', () => {
  it.each(withFields.map((p): [string, Page] => [p.file, p]))('%s: every customer value shown in a known field becomes a seed', (_f, page) => {
    const values = new Set(harvest(page).map((s) => s.value));
    for (const [field, value] of Object.entries(page.expected.field_values_in_html ?? {}))
      if (KNOWN.test(field) && value.trim()) expect(values, field).toContain(value.trim());
  });

  it.each(withSearch.map((p): [string, Page] => [p.file, p]))('%s: the search term is a seed', (_f, page) => {
    expect(harvest(page)).toContainEqual(expect.objectContaining({ kind: 'search-query', value: page.expected.search_term }));
  });
});
