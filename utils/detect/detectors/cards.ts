import type { DigitRun } from '../digit-runs';

// Payment card numbers: 13–19 digits in one run, a known issuer prefix and length, and a valid Luhn check.

export function luhnValid(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = digits.charCodeAt(digits.length - 1 - i) - 48;
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

/** Issuer prefix ranges (IIN) with their card lengths. */
const ISSUERS: [RegExp, number[]][] = [
  [/^4/, [13, 16, 19]], // Visa
  [/^(5[1-5]|222[1-9]|22[3-9]\d|2[3-6]\d\d|27[01]\d|2720)/, [16]], // Mastercard
  [/^3[47]/, [15]], // American Express
  [/^(6011|65|64[4-9])/, [16, 19]], // Discover
  [/^35(2[89]|[3-8]\d)/, [16, 19]], // JCB
  [/^3(0[0-5]|[689])/, [14, 16, 19]], // Diners Club
  [/^62/, [16, 17, 18, 19]], // UnionPay
  [/^(5[06-9]|6[0-9])/, [12, 13, 14, 15, 16, 17, 18, 19]], // Maestro
];

export function cardIssuerOk(digits: string): boolean {
  return ISSUERS.some(([prefix, lengths]) => prefix.test(digits) && lengths.includes(digits.length));
}

/** True for a run that is a card number: grouped like one (4-4-4-4, 4-6-5, or no separators) and valid. */
export function isCardNumber(run: DigitRun): boolean {
  const d = run.digits;
  if (d.length < 13 || d.length > 19 || run.plus) return false;
  const sizes = run.groups.map((g, i) => (run.groups[i + 1] ?? d.length) - g);
  const grouped = sizes.length === 1 || sizes.slice(0, -1).every((n) => n === 4) || sizes.join('-') === '4-6-5' || sizes.join('-') === '4-6-4';
  return grouped && cardIssuerOk(d) && luhnValid(d);
}
