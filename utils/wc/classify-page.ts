import { adminScreen } from '@/utils/wc/admin-screen';
import { accountPage } from '@/utils/wc/account-page';
import { cartPage, checkoutPage, type Decision } from '@/utils/wc/cart-checkout';
import { catalogPage, globalsFallback, searchPage } from '@/utils/wc/catalog-page';
import type { PageFacts } from '@/utils/wc/page-facts';
import type { PageClassification } from '@/utils/wc/page-type';
import { judgeSite } from '@/utils/wc/woo-site';

// Page type of one visit, from plain facts. Body classes, forms and block markup decide; the URL
// is read only for the `?s=` query and wp-admin screens, never for slugs like /checkout/.

function storefront(facts: PageFacts, body: Set<string>): Decision | undefined {
  return (
    checkoutPage(facts, body) ??
    cartPage(facts, body) ??
    accountPage(facts, body) ??
    searchPage(facts, body, true) ??
    catalogPage(facts, body) ??
    globalsFallback(facts)
  );
}

function decide(facts: PageFacts, isWordPress: boolean, isWooCommerce: boolean): Decision {
  if (!isWordPress) return { page: { kind: 'not-wordpress' }, evidence: [] };
  const body = new Set(facts.bodyClasses);
  const admin = adminScreen(facts);
  if (admin) return { page: { kind: 'wp-admin', admin }, evidence: body.has('wp-admin') ? ['body:wp-admin'] : ['url:wp-admin'] };
  const found = isWooCommerce ? storefront(facts, body) : searchPage(facts, body, false);
  return found ?? { page: { kind: 'wordpress-page' }, evidence: [] };
}

export function classifyPage(facts: PageFacts): PageClassification {
  const site = judgeSite(facts);
  const { page, evidence: pageEvidence } = decide(facts, site.isWordPress, site.isWooCommerce);
  const result: PageClassification = { page, isWordPress: site.isWordPress, isWooCommerce: site.isWooCommerce, evidence: site.evidence, pageEvidence };
  if (site.wcVersion) result.wcVersion = site.wcVersion;
  return result;
}
