// Plain data about one page, extracted cheaply by the content script (see extract-page-facts.ts),
// so the page classifier needs no DOM.
export interface PageFacts {
  /** The document URL (path and query matter only for `?s=` and wp-admin screens). */
  url: string;
  /** Classes of `<body>`. */
  bodyClasses: string[];
  /** Contents of every `<meta name="generator">`, joined with '; ' (e.g. 'WordPress 6.8.3; WooCommerce 10.0.2'). */
  generator?: string;
  /** Names of window globals known to be present (from inline `var x =` / `window.x =` or the page hook). */
  globals: string[];
  /** Exact `wp-block-woocommerce-*` class names and `data-block-name` values seen in the page. */
  blockMarkers: string[];
  /** Known form descriptors, e.g. 'form.checkout', 'form.woocommerce-cart-form', 'form.register'. */
  forms: string[];
  /** wp-admin screen as '<file>?<page/post_type/action/path/tab/post/id params>', e.g. 'admin.php?page=wc-orders&action=edit'. */
  adminPage?: string;
  /** WooCommerce version exposed by the page (wcSettings.wcVersion or a WooCommerce asset `?ver=`). */
  wcVersion?: string;
  /** `src` of external scripts (capped); used only as WordPress / WooCommerce evidence. */
  scriptSrcs?: string[];
}
