import type { Decision } from '@/utils/wc/cart-checkout';
import type { PageFacts } from '@/utils/wc/page-facts';

// Shop, product taxonomy, single product and search pages.

function searchTerm(url: string): { term: string | null; postType: string | null } {
  try {
    const params = new URL(url).searchParams;
    return { term: params.get('s'), postType: params.get('post_type') };
  } catch {
    return { term: null, postType: null };
  }
}

/** Search results: the `search` body class, or an `?s=` query (WordPress treats any `s` as a search). */
export function searchPage(facts: PageFacts, body: Set<string>, isWooCommerce: boolean): Decision | undefined {
  const { term, postType } = searchTerm(facts.url);
  if (!body.has('search') && term === null) return undefined;
  const evidence = [body.has('search') ? 'body:search' : 'url:s'];
  const productSignal = postType === 'product' ? 'url:post_type=product' : body.has('post-type-archive-product') ? 'body:post-type-archive-product' : body.has('woocommerce-shop') ? 'body:woocommerce-shop' : undefined;
  if (isWooCommerce && productSignal) return { page: { kind: 'product-search' }, evidence: [...evidence, productSignal] };
  return { page: { kind: 'search' }, evidence };
}

export function catalogPage(facts: PageFacts, body: Set<string>): Decision | undefined {
  if (body.has('single-product')) return { page: { kind: 'product' }, evidence: ['body:single-product'] };
  if (body.has('tax-product_tag')) return { page: { kind: 'product-tag' }, evidence: ['body:tax-product_tag'] };
  const tax = facts.bodyClasses.find((c) => c === 'tax-product_cat' || c === 'tax-product_brand' || c.startsWith('tax-pa_'));
  if (tax) return { page: { kind: 'product-category', taxonomy: tax.slice('tax-'.length) }, evidence: [`body:${tax}`] };
  if (body.has('woocommerce-shop')) return { page: { kind: 'shop' }, evidence: ['body:woocommerce-shop'] };
  if (body.has('post-type-archive-product')) return { page: { kind: 'shop' }, evidence: ['body:post-type-archive-product'] };
  return undefined;
}

/** Last resort when a theme strips body classes: page-specific script globals. */
export function globalsFallback(facts: PageFacts): Decision | undefined {
  const has = (g: string) => facts.globals.includes(g);
  if (has('wc_checkout_params')) return { page: { kind: 'checkout', variant: 'unknown' }, evidence: ['global:wc_checkout_params'] };
  if (has('wc_cart_params')) return { page: { kind: 'cart', variant: 'unknown' }, evidence: ['global:wc_cart_params'] };
  if (has('wc_single_product_params')) return { page: { kind: 'product' }, evidence: ['global:wc_single_product_params'] };
  return undefined;
}
