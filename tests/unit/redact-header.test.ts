import { describe, expect, it } from 'vitest';
import { redactHeader } from '@/utils/redact-header';

describe('header redaction', () => {
  it.each([
    ['Authorization', 'Bearer sk-proj-abcdefghijklmnopqrstuvwxyz0123456789', 'Bearer sk-proj-… (51 chars) sha256:'],
    ['x-api-key', 'sk-ant-api03-SECRETSECRETSECRET', 'sk-ant-api03-… (31 chars) sha256:'],
    ['x-goog-api-key', 'AIzaSyA-secretsecretsecret', 'AIza… (26 chars) sha256:'],
    ['Cookie', 'wordpress_logged_in_abc=admin%7C123', '… (35 chars) sha256:'],
  ])('shows %s only as a fingerprint', (name, value, start) => {
    const [, shown] = redactHeader([name, value]);
    expect(shown.startsWith(start)).toBe(true);
    expect(shown).toMatch(/sha256:[0-9a-f]{8}$/);
    expect(shown).not.toContain(value.slice(-10));
  });

  it('leaves ordinary headers alone', () => {
    expect(redactHeader(['Content-Type', 'application/json'])).toEqual(['Content-Type', 'application/json']);
  });

  it('tells two keys apart and gives one key the same fingerprint each time', () => {
    const a = redactHeader(['authorization', 'Bearer sk-one'])[1];
    expect(redactHeader(['authorization', 'Bearer sk-one'])[1]).toBe(a);
    expect(redactHeader(['authorization', 'Bearer sk-two'])[1]).not.toBe(a);
  });
});
