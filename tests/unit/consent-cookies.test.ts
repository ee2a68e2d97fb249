import { describe, expect, it } from 'vitest';
import { MAX_COOKIE_NAME, MAX_COOKIE_VALUE, MAX_COOKIES, parseCookies } from '@/utils/consent/cookies';

describe('consent cookie parsing', () => {
  it.each([
    ['a plain cookie string', 'cmplz_statistics=allow; cmplz_banner-status=dismissed', { cmplz_statistics: 'allow', 'cmplz_banner-status': 'dismissed' }],
    ['URL-encoded JSON values', 'moove_gdpr_popup=%7B%22strict%22%3A%221%22%7D', { moove_gdpr_popup: '{"strict":"1"}' }],
    ['values that are not valid percent-encoding', 'CookieConsent=%E0%A4%A; x=100%', { CookieConsent: '%E0%A4%A', x: '100%' }],
    ['values containing "=" and ":"', 'cookieyes-consent=consentid:a=b,action:yes', { 'cookieyes-consent': 'consentid:a=b,action:yes' }],
    ['garbage separators and empty names', ';;; =x; ==; novalue; a=1;', { a: '1' }],
    ['a repeated name, keeping the first (most specific path)', 'viewed_cookie_policy=yes; viewed_cookie_policy=no', { viewed_cookie_policy: 'yes' }],
  ])('parses %s', (_name, header, expected) => {
    expect({ ...parseCookies(header) }).toEqual(expected);
  });

  it.each([undefined, null, 42, {}, ['a=1']])('returns no cookies when document.cookie is %s', (header) => {
    expect(Object.keys(parseCookies(header))).toEqual([]);
  });

  it('does not let a cookie named __proto__ change the prototype of the result', () => {
    const cookies = parseCookies('__proto__=polluted; constructor=x');
    expect(cookies.__proto__).toBe('polluted');
    expect(Object.getPrototypeOf(cookies)).toBeNull();
  });

  it('caps the number of cookies and the length of each value', () => {
    const many = Array.from({ length: 5_000 }, (_, i) => `c${i}=${'v'.repeat(10_000)}`).join('; ');
    const cookies = parseCookies(many);
    expect(Object.keys(cookies).length).toBeLessThanOrEqual(MAX_COOKIES);
    for (const value of Object.values(cookies)) expect(value.length).toBeLessThanOrEqual(MAX_COOKIE_VALUE);
  });

  it('caps the length of cookie names', () => {
    const names = Object.keys(parseCookies(`${'n'.repeat(100_000)}=1; real_cookie_banner-${'x'.repeat(100_000)}-tcf=2`));
    expect(names).toHaveLength(2);
    for (const name of names) expect(name.length).toBeLessThanOrEqual(MAX_COOKIE_NAME);
  });

  it('parses a 10 MB cookie string into capped values', () => {
    const header = `CookieConsent=${'x'.repeat(10_000_000)}; viewed_cookie_policy=yes`;
    const cookies = parseCookies(header);
    expect(cookies.CookieConsent!.length).toBe(MAX_COOKIE_VALUE);
  });
});
