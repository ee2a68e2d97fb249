import type { PageFacts } from '@/utils/wc/page-facts';

// Is this WordPress, and is it WooCommerce? Globals, blocks and forms are easy to fake (or to
// collide with on other sites), so alone they never make a page WooCommerce: they count only when
// a WordPress or a strong WooCommerce marker is also present.

// Site-wide classes WooCommerce (or its themes) add; page classes like `woocommerce` are generic words.
const WC_SITE_BODY = /^(woocommerce-(js|no-js|active|admin-page|uses-block-theme|block-theme-has-button-styles)|woocommerce_page_.+)$/;
const WC_PAGE_BODY = /^woocommerce(-page|-shop|-cart|-checkout|-account)?$/;
const WC_GLOBALS = new Set(['woocommerce_params', 'wc_add_to_cart_params', 'wc_cart_fragments_params', 'wc_cart_params', 'wc_checkout_params', 'wc_single_product_params', 'wcSettings', 'wcBlocksMiddlewareConfig', 'woocommerce_admin']);
const WC_FORMS = new Set(['form.checkout', 'form.woocommerce-cart-form', 'form.woocommerce-form-login', 'form.woocommerce-form-register', 'form.woocommerce-EditAccountForm', 'form.woocommerce-product-search']);
const WP_BODY = /^(wp-admin|wp-theme-.+|wp-singular|wp-embed-responsive|page-id-\d+|postid-\d+|page-template-.+|admin-bar)$/;
const WC_ASSET = /\/wp-content\/plugins\/woocommerce\/|\/\/c0\.wp\.com\/p\/woocommerce\//;
const WP_ASSET = /\/wp-(content|includes)\//;

export function generatorVersion(generator: string | undefined, product: string): string | undefined {
  const m = generator?.match(new RegExp(`(?:^|;\\s*)${product} (\\d+(?:\\.\\d+)*)`));
  return m?.[1];
}

export function wordpressEvidence(facts: PageFacts): string[] {
  const out: string[] = [];
  if (generatorVersion(facts.generator, 'WordPress')) out.push(`generator:WordPress ${generatorVersion(facts.generator, 'WordPress')}`);
  for (const c of facts.bodyClasses) if (WP_BODY.test(c)) out.push(`body:${c}`);
  const asset = facts.scriptSrcs?.find((src) => WP_ASSET.test(src));
  if (asset) out.push(`script:${asset}`);
  return out.slice(0, 8);
}

/** Strong markers: WooCommerce's own generator tag, site-wide body classes and asset paths. */
export function strongWooEvidence(facts: PageFacts): string[] {
  const out: string[] = [];
  const version = generatorVersion(facts.generator, 'WooCommerce');
  if (version) out.push(`generator:WooCommerce ${version}`);
  for (const c of facts.bodyClasses) if (WC_SITE_BODY.test(c)) out.push(`body:${c}`);
  const asset = facts.scriptSrcs?.find((src) => WC_ASSET.test(src));
  if (asset) out.push(`script:${asset}`);
  return out;
}

/** Weak markers: page body classes, globals, block markup and forms (count only alongside other evidence). */
export function weakWooEvidence(facts: PageFacts): string[] {
  return [
    ...facts.bodyClasses.filter((c) => WC_PAGE_BODY.test(c)).map((c) => `body:${c}`),
    ...facts.globals.filter((g) => WC_GLOBALS.has(g)).map((g) => `global:${g}`),
    ...facts.blockMarkers.filter((b) => b.startsWith('woocommerce/') || b.startsWith('wp-block-woocommerce-')).slice(0, 5).map((b) => `block:${b}`),
    ...facts.forms.filter((f) => WC_FORMS.has(f)).map((f) => `form:${f}`),
  ];
}
