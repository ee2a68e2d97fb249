// Phone numbers: country calling code, national number, and the digit strings a leak may use.

/** ITU-T E.164 country calling codes of one or two digits; all others have three. */
const ONE = new Set(['1', '7']);
const TWO = new Set(
  ('20 27 30 31 32 33 34 36 39 40 41 43 44 45 46 47 48 49 51 52 53 54 55 56 57 58 60 61 62 63 64 65 66 ' +
    '81 82 84 86 90 91 92 93 94 95 98').split(' '),
);

export function callingCode(digits: string): string {
  if (ONE.has(digits.slice(0, 1))) return digits.slice(0, 1);
  if (TWO.has(digits.slice(0, 2))) return digits.slice(0, 2);
  return digits.slice(0, 3);
}

export interface PhoneForms {
  /** Country code + national number, digits only (E.164 without '+'); '' when the country is unknown. */
  full: string;
  /** National significant number (no country code, no trunk 0). */
  national: string;
  /** Digit strings that count as this number when found as a phone-like run in text. */
  keys: Map<string, string>;
}

/**
 * @param raw          the number as typed
 * @param defaultCode  calling code to assume for numbers typed without one (e.g. the store's country)
 */
export function phoneForms(raw: string, defaultCode?: string): PhoneForms | null {
  let digits = raw.replace(/\D/g, '');
  if (digits.length < 6 || digits.length > 17) return null;
  const trimmed = raw.trim();
  let international = trimmed.startsWith('+');
  if (!international && digits.startsWith('00')) [digits, international] = [digits.slice(2), true];
  let code = '';
  let national = digits;
  if (international) {
    code = callingCode(digits);
    national = digits.slice(code.length);
    if (national.startsWith('0') && code !== '39') national = national.slice(1); // "+44 (0)20 …"
  } else {
    if (national.startsWith('0')) national = national.slice(1);
    if (defaultCode) code = defaultCode;
  }
  if (national.length < 6) return null;
  const full = code ? code + national : '';
  const keys = new Map<string, string>([[national, 'national'], ['0' + national, 'national']]);
  if (!code) keys.set(digits, 'digits');
  if (full) {
    // Any suffix at least as long as the national number: "+49 30 123456" written as "493-012-3456".
    for (let k = full.length - 1; k > national.length; k--) keys.set(full.slice(full.length - k), 'digits');
    keys.set(full, 'digits');
    keys.set('00' + full, 'digits');
  }
  return { full, national, keys };
}
