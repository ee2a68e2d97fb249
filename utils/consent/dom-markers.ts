// Banner, script-tag and body-class markers of the consent tools, as CSS selectors.
// Readable from the isolated content script (the DOM is shared); a fixed list, one
// `querySelector` each, so the cost does not grow with the page.

export const DOM_MARKERS = [
  // Complianz
  '#cmplz-cookiebanner-container',
  '.cmplz-cookiebanner.cmplz-show',
  '.cmplz-cookiebanner.cmplz-dismissed',
  // CookieYes 3.x and legacy
  'script#cookieyes',
  '.cky-consent-container',
  '#cky-style-inline',
  '#cookie-law-info-bar',
  // Cookiebot / Usercentrics
  'script#Cookiebot',
  'script#usercentrics-cmp',
  // Borlabs (v3 dialog id, not verified)
  '#BorlabsCookieBox',
  // Moove GDPR
  '#moove_gdpr_cookie_info_bar',
  '#moove_gdpr_cookie_info_bar.moove-gdpr-info-bar-hidden',
  'body.gdpr-infobar-visible',
  // Cookie Notice (classic and cloud)
  '#cookie-notice',
  '#cookie-notice.cookie-notice-visible',
  '#cookie-notice.cookie-notice-hidden',
  'body.cookies-not-set',
  'body.cookies-accepted',
  'body.cookies-refused',
  'script#hu-banner-js',
  // WP Consent API, Google Consent Mode (as printed by CookieYes), IAB TCF
  'script#wp-consent-api-js',
  'script#cookie-law-info-gcm-js',
  'iframe[name="__tcfapiLocator"]',
] as const;

export type DomMarker = (typeof DOM_MARKERS)[number];

interface QueryRoot {
  querySelector(selector: string): unknown;
}

/** The markers present in `doc`; an empty list when the document cannot be queried. */
export function readDomMarkers(doc: unknown): string[] {
  const found: string[] = [];
  let query: QueryRoot['querySelector'];
  try {
    const fn = (doc as QueryRoot | null)?.querySelector;
    if (typeof fn !== 'function') return found;
    query = fn.bind(doc);
  } catch {
    return found;
  }
  for (const selector of DOM_MARKERS) {
    try {
      if (query(selector)) found.push(selector);
    } catch {
      // a hostile or partial DOM: skip this marker
    }
  }
  return found;
}
