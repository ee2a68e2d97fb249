import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { classifyPage } from '@/utils/wc/classify-page';
import { extractPageFacts } from '@/utils/wc/extract-page-facts';
import type { PageType } from '@/utils/wc/page-type';

// Every real rendered page of the shared WooCommerce 10 fixture store (block and classic themes),
// classified from its HTML. Runs only where ../shared/fixtures/woocommerce exists (CI has it).

const DIR = join(__dirname, '../../../shared/fixtures/woocommerce');
const present = existsSync(join(DIR, 'manifest.json'));

interface Entry {
  file: string;
  url_path: string;
  page_type: string;
  expected: { body_classes_subset: string[]; checkout_form?: 'block' | 'classic' | null; cart_form?: 'block' | 'classic' };
}

function expectedPage(entry: Entry): PageType {
  const account = (endpoint: string): PageType => ({ kind: 'my-account', endpoint });
  switch (entry.page_type) {
    case 'home': return { kind: 'wordpress-page' };
    case 'shop': return { kind: 'shop' };
    case 'product_category': return { kind: 'product-category', taxonomy: 'product_cat' };
    case 'product': return { kind: 'product' };
    case 'search_results': return { kind: 'product-search' };
    case 'cart': return { kind: 'cart', variant: entry.expected.cart_form ?? 'unknown' };
    case 'checkout': return { kind: 'checkout', variant: entry.expected.checkout_form ?? 'unknown' };
    case 'order_received': return { kind: 'order-received' };
    case 'account_login': return { kind: 'login-register' };
    case 'account_dashboard': return account('dashboard');
    case 'account_orders': return account('orders');
    case 'account_edit_account': return account('edit-account');
    case 'account_edit_address': return account('edit-address');
    case 'admin_orders_list': return { kind: 'wp-admin', admin: { screen: 'orders-list', storage: 'hpos', slug: 'wc-orders' } };
    case 'admin_order_edit': return { kind: 'wp-admin', admin: { screen: 'order-edit', storage: 'hpos', slug: 'wc-orders' } };
    default: throw new Error(`unmapped manifest page_type ${entry.page_type}`);
  }
}

const manifest = present ? (JSON.parse(readFileSync(join(DIR, 'manifest.json'), 'utf8')) as { store: { woocommerce: string }; files: Entry[] }) : undefined;
const entries = manifest?.files ?? [];

describe.skipIf(!present)('the shared WooCommerce fixture store pages (skipped when ../shared/fixtures/woocommerce is absent)', () => {
  it('lists at least one page per manifest page type it knows', () => {
    expect(entries.length).toBeGreaterThan(0);
    for (const entry of entries) expect(() => expectedPage(entry)).not.toThrow();
  });

  it.each(entries.map((e) => [e.file, e] as const))('classifies %s as the manifest page type, with body-class evidence and the store version', (_file, entry) => {
    const html = readFileSync(join(DIR, entry.file), 'utf8');
    const { document } = parseHTML(html);
    const facts = extractPageFacts(document as unknown as Document, { url: `http://store.example.test${entry.url_path}` });
    const result = classifyPage(facts);

    expect(result.page).toEqual(expectedPage(entry));
    expect(result.isWooCommerce).toBe(true);
    expect(result.wcVersion).toBe(manifest!.store.woocommerce);
    const subset = new Set(entry.expected.body_classes_subset);
    const bodyEvidence = [...result.evidence, ...result.pageEvidence].filter((e) => e.startsWith('body:')).map((e) => e.slice(5));
    expect(bodyEvidence.some((c) => subset.has(c))).toBe(true);
    for (const c of result.pageEvidence.filter((e) => e.startsWith('body:'))) expect(subset).toContain(c.slice(5));
  });
});
