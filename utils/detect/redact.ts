// Masked previews of matched values for storage and display (the salted hash is the caller's job).

function maskWord(w: string): string {
  const chars = [...w];
  return chars.length <= 1 ? '*' : `${chars[0]}***`;
}

function maskEmail(v: string): string {
  const at = v.lastIndexOf('@');
  if (at <= 0) return maskWord(v);
  const domain = v.slice(at + 1);
  const dot = domain.lastIndexOf('.');
  const host = dot > 0 ? domain.slice(0, dot) : domain;
  const tld = dot > 0 ? domain.slice(dot) : '';
  return `${maskWord(v.slice(0, at))}@${maskWord(host)}${tld}`;
}

/** Keeps the last `keep` digits, masks the other digits, keeps separators. */
function maskDigits(v: string, keep: number): string {
  let seen = 0;
  const total = v.replace(/\D/g, '').length;
  return v.replace(/\d/g, (d) => (++seen > total - keep ? d : '•'));
}

/** A key keeps its vendor prefix (up to the last '-' or '_' within the first 12 characters). */
function maskKey(v: string): string {
  const m = /^[A-Za-z0-9]{2,8}[-_](?:[a-z]{2,8}[-_])?/.exec(v.slice(0, 12));
  return `${m ? m[0] : v.slice(0, 2)}***${v.length > 24 ? v.slice(-2) : ''}`;
}

const HASHED = /^[0-9a-f]{32,}$/i;
const KEYS = new Set(['ai-api-key', 'api-key', 'woocommerce-rest-key', 'algolia-admin-key']);

/**
 * A short masked preview, e.g. `j***@e***.com`, `+•• •• •••• ••23`, `J*** S***`, `sk-proj-***Xy`.
 * Never returns more than a few characters of the value.
 */
export function redact(value: string, category: string): string {
  const v = value.trim();
  if (v === '') return '';
  if (category === 'email' || category === 'email-address' || (v.includes('@') && !v.includes(' ') && category !== 'system-prompt')) {
    if (!HASHED.test(v)) return maskEmail(v);
  }
  if (KEYS.has(category)) return maskKey(v);
  if (HASHED.test(v) || /^[A-Za-z0-9+/_-]{24,}={0,2}$/.test(v)) return `${v.slice(0, 4)}…(${v.length})`;
  switch (category) {
    case 'phone':
    case 'phone-number':
      return maskDigits(v, 2);
    case 'payment-card':
      return maskDigits(v, 4);
    case 'iban':
      return `${v.slice(0, 4)}***${v.slice(-2)}`;
    case 'system-prompt':
      return `${v.split(/\s+/).slice(0, 3).join(' ')}… (${v.length} chars)`;
  }
  if (/^\d[\d\s.,-]*$/.test(v)) return maskDigits(v, Math.min(2, Math.floor(v.replace(/\D/g, '').length / 3)));
  return v.split(/\s+/).slice(0, 6).map(maskWord).join(' ');
}
