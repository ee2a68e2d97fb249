import type { DigitRun } from '../digit-runs';

// Phone numbers without a seed: only next to a phone-like key or word, since bare digit runs are
// mostly ids, prices and timestamps.

/** JSON keys and parameter names that hold phone numbers. */
const PHONE_KEY = /(^|[^a-z])(phone|tel|telephone|mobile|cell|msisdn|fax|whatsapp|ph)([^a-z]|$)|phone|mobile|telefon|t[eé]l[eé]phone/i;

/** Words in running text that announce a number. */
const PHONE_WORD = /(phone|tel\.?|telephone|mobile|cell|call|ring|text|sms|whatsapp|fax|number|nummer|numéro|teléfono|telefon)\b[^0-9]{0,20}$/i;

export function isPhoneKey(key: string | undefined): boolean {
  return key !== undefined && PHONE_KEY.test(key);
}

function phoneShaped(run: DigitRun): boolean {
  const n = run.digits.length;
  if (n < 7 || n > 15) return false;
  return run.plus || run.groups.length >= 2 || n >= 9;
}

/** True when the run is a phone number by its shape and what precedes it (or the key that holds it). */
export function isContextPhone(s: string, run: DigitRun, key?: string): boolean {
  if (!phoneShaped(run)) return false;
  if (isPhoneKey(key) && run.start <= 2 && run.end >= s.trimEnd().length - 1) return true;
  return PHONE_WORD.test(s.slice(Math.max(0, run.start - 40), run.start));
}
