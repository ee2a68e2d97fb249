// What kind of page a visit is. Discriminated on `kind`.
export type FormVariant = 'classic' | 'block' | 'unknown';

export type AdminScreenName =
  | 'orders-list'
  | 'order-edit'
  | 'customers'
  | 'analytics'
  | 'wc-admin'
  | 'products'
  | 'product-edit'
  | 'settings'
  | 'plugin-settings'
  | 'other';

export interface AdminScreen {
  screen: AdminScreenName;
  /** Order storage, for order screens: HPOS (`admin.php?page=wc-orders`) or legacy posts. */
  storage?: 'hpos' | 'legacy';
  /** The `page` slug of an admin.php / options page (plugin settings pages). */
  slug?: string;
}

export type PageType =
  | { kind: 'shop' }
  | { kind: 'product-category'; taxonomy: string }
  | { kind: 'product-tag' }
  | { kind: 'product' }
  | { kind: 'product-search' }
  | { kind: 'search' }
  | { kind: 'cart'; variant: FormVariant }
  | { kind: 'checkout'; variant: FormVariant }
  | { kind: 'order-pay' }
  | { kind: 'order-received' }
  | { kind: 'my-account'; endpoint: string }
  | { kind: 'login-register' }
  | { kind: 'wp-admin'; admin: AdminScreen }
  | { kind: 'wordpress-page' }
  | { kind: 'not-wordpress' };

export type PageKind = PageType['kind'];

export interface PageClassification {
  page: PageType;
  isWordPress: boolean;
  isWooCommerce: boolean;
  /** Why the site is (or looks like) WooCommerce, e.g. 'generator:WooCommerce 10.0.2', 'body:woocommerce-js'. */
  evidence: string[];
  /** What decided the page type, e.g. 'body:woocommerce-checkout', 'form:form.checkout', 'url:s'. */
  pageEvidence: string[];
  wcVersion?: string;
}
