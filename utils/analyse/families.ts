/**
 * Data categories grouped into families: the rows of the severity rubric (docs/severity.md).
 *
 * Why families: the matcher reports fine categories (`email`, `cart-sku`, `ai-api-key`, …) and a
 * finding keeps that category, but severity, compliance references and remediation depend only on
 * what kind of data it is.
 */

export type DataFamily = 'secret' | 'payment' | 'profile' | 'cart' | 'order' | 'search' | 'system-prompt' | 'other';

const FAMILY: Record<string, DataFamily> = {
  'ai-api-key': 'secret',
  'api-key': 'secret',
  'woocommerce-rest-key': 'secret',
  'algolia-admin-key': 'secret',
  'payment-card': 'payment',
  iban: 'payment',
  email: 'profile',
  'email-address': 'profile',
  'first-name': 'profile',
  'last-name': 'profile',
  'full-name': 'profile',
  phone: 'profile',
  'phone-number': 'profile',
  street: 'profile',
  city: 'profile',
  postcode: 'profile',
  company: 'profile',
  'cart-item-name': 'cart',
  'cart-sku': 'cart',
  'cart-product-id': 'cart',
  'cart-price': 'cart',
  'cart-quantity': 'cart',
  'order-id': 'order',
  'coupon-code': 'order',
  'search-query': 'search',
  'system-prompt': 'system-prompt',
};

export function familyOf(category: string): DataFamily {
  return FAMILY[category] ?? 'other';
}

/** Families that are data about the shopper (personal data under the GDPR). */
export function isCustomerData(family: DataFamily): boolean {
  return family === 'payment' || family === 'profile' || family === 'cart' || family === 'order' || family === 'search' || family === 'other';
}
