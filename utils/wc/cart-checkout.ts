import type { PageFacts } from '@/utils/wc/page-facts';
import type { FormVariant, PageType } from '@/utils/wc/page-type';

// Cart and checkout pages, classic (shortcode form) or block. Body classes come from the page ID
// (is_cart / is_checkout); a form or block placed on another page still decides, whatever the path.

export interface Decision {
  page: PageType;
  evidence: string[];
}

const CHECKOUT_BLOCK = ['wp-block-woocommerce-checkout', 'woocommerce/checkout'];
const CART_BLOCK = ['wp-block-woocommerce-cart', 'woocommerce/cart'];
const CONFIRMATION_BLOCK = ['wp-block-woocommerce-order-confirmation-status', 'woocommerce/order-confirmation-status'];

function variant(facts: PageFacts, form: string, blocks: string[], evidence: string[]): FormVariant {
  const block = blocks.find((b) => facts.blockMarkers.includes(b));
  if (block) {
    evidence.push(`block:${block}`);
    return 'block';
  }
  if (facts.forms.includes(form)) {
    evidence.push(`form:${form}`);
    return 'classic';
  }
  return 'unknown';
}

export function checkoutPage(facts: PageFacts, body: Set<string>): Decision | undefined {
  if (body.has('woocommerce-order-received')) return { page: { kind: 'order-received' }, evidence: ['body:woocommerce-order-received'] };
  const confirmation = CONFIRMATION_BLOCK.find((b) => facts.blockMarkers.includes(b));
  if (confirmation) return { page: { kind: 'order-received' }, evidence: [`block:${confirmation}`] };
  if (body.has('woocommerce-order-pay')) return { page: { kind: 'order-pay' }, evidence: ['body:woocommerce-order-pay'] };
  const evidence = body.has('woocommerce-checkout') ? ['body:woocommerce-checkout'] : [];
  const v = variant(facts, 'form.checkout', CHECKOUT_BLOCK, evidence);
  if (evidence.length === 0) return undefined;
  return { page: { kind: 'checkout', variant: v }, evidence };
}

export function cartPage(facts: PageFacts, body: Set<string>): Decision | undefined {
  const evidence = body.has('woocommerce-cart') ? ['body:woocommerce-cart'] : [];
  const v = variant(facts, 'form.woocommerce-cart-form', CART_BLOCK, evidence);
  if (evidence.length === 0) return undefined;
  return { page: { kind: 'cart', variant: v }, evidence };
}
