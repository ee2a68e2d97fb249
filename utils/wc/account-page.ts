import type { Decision } from '@/utils/wc/cart-checkout';
import type { PageFacts } from '@/utils/wc/page-facts';

// My-account pages. WooCommerce adds `woocommerce-<endpoint key>` to the body for the active
// endpoint (the key, not the merchant's URL slug); the logged-out page shows login/register forms.

export const ACCOUNT_ENDPOINTS = [
  'dashboard', 'orders', 'view-order', 'downloads', 'edit-account', 'edit-address',
  'payment-methods', 'add-payment-method', 'delete-payment-method', 'set-default-payment-method',
  'lost-password', 'customer-logout',
] as const;

const LOGIN_FORMS = ['form.woocommerce-form-login', 'form.woocommerce-form-register', 'form.register'];
const FORM_ENDPOINTS: Array<[string, string]> = [['form.woocommerce-EditAccountForm', 'edit-account'], ['form.lost_reset_password', 'lost-password']];

export function accountPage(facts: PageFacts, body: Set<string>): Decision | undefined {
  const endpoint = ACCOUNT_ENDPOINTS.find((e) => body.has(`woocommerce-${e}`));
  const loginForm = LOGIN_FORMS.find((f) => facts.forms.includes(f));
  if (body.has('woocommerce-account')) {
    if (endpoint) return { page: { kind: 'my-account', endpoint }, evidence: ['body:woocommerce-account', `body:woocommerce-${endpoint}`] };
    if (loginForm) return { page: { kind: 'login-register' }, evidence: ['body:woocommerce-account', `form:${loginForm}`] };
    const byForm = FORM_ENDPOINTS.find(([form]) => facts.forms.includes(form));
    if (byForm) return { page: { kind: 'my-account', endpoint: byForm[1] }, evidence: ['body:woocommerce-account', `form:${byForm[0]}`] };
    return { page: { kind: 'my-account', endpoint: 'dashboard' }, evidence: ['body:woocommerce-account'] };
  }
  // The account shortcode or forms placed on another page.
  const byForm = FORM_ENDPOINTS.find(([form]) => facts.forms.includes(form));
  if (byForm) return { page: { kind: 'my-account', endpoint: byForm[1] }, evidence: [`form:${byForm[0]}`] };
  if (loginForm) return { page: { kind: 'login-register' }, evidence: [`form:${loginForm}`] };
  return undefined;
}
