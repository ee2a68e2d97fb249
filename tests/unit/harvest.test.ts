import { describe, expect, it } from 'vitest';
import type { Seed } from '@/utils/detect/types';
import { fieldKind } from '@/utils/harvest/field-kind';
import { createHarvester } from '@/utils/harvest/harvester';

describe('which field holds what', () => {
  it.each([
    [{ name: 'billing_email' }, 'email'],
    [{ id: 'email', autocomplete: 'email' }, 'email'],
    [{ id: 'billing-first_name' }, 'first-name'],
    [{ id: 'shipping-last_name' }, 'last-name'],
    [{ name: 'billing_phone' }, 'phone'],
    [{ id: 'billing-address_1' }, 'street'],
    [{ name: 'shipping_postcode' }, 'postcode'],
    [{ name: 'account_first_name' }, 'first-name'],
    [{ name: 'reg_email' }, 'email'],
    [{ name: 's', type: 'search' }, 'search-query'],
    [{ name: 'coupon_code' }, 'coupon-code'],
    [{ name: 'x', autocomplete: 'shipping postal-code' }, 'postcode'],
    [{ name: 'password', type: 'password' }, null],
    [{ name: 'woocommerce-process-checkout-nonce', type: 'hidden' }, null],
    [{ name: 'order_comments' }, null],
  ])('%j holds %s', (facts, kind) => {
    expect(fieldKind(facts)).toBe(kind);
  });
});

function harness(url = 'http://store.test/checkout/') {
  const sent: Seed[][] = [];
  const timers: (() => void)[] = [];
  const h = createHarvester({ url, send: (s) => sent.push(s), setTimeout: (fn) => timers.push(fn), clearTimeout: () => {} });
  const fire = () => timers.splice(0).forEach((fn) => fn());
  return { h, sent, fire };
}

describe('harvesting as the shopper types', () => {
  it('sends the email once it looks complete, before any blur or submit', () => {
    const { h, sent, fire } = harness();
    for (const partial of ['a', 'alice@', 'alice@example', 'alice@example.com']) h.onInput({ name: 'billing_email', value: partial });
    fire();
    expect(sent.flat()).toEqual([{ kind: 'email', value: 'alice@example.com', shopperId: 'typed' }]);
  });

  it('adds the full name when first and last name of one group are typed', () => {
    const { h, sent, fire } = harness();
    h.onInput({ name: 'billing_first_name', value: 'Zoë' });
    h.onInput({ name: 'billing_last_name', value: 'Lindqvist' });
    fire();
    expect(sent.flat().map((s) => s.kind)).toEqual(['first-name', 'last-name', 'full-name']);
    expect(sent.flat().at(-1)!.value).toBe('Zoë Lindqvist');
  });

  it('never sends the same seed twice', () => {
    const { h, sent, fire } = harness();
    h.onInput({ name: 'billing_phone', value: '+33 6 12 34 56 78' });
    fire();
    h.onInput({ name: 'billing_phone', value: '+33 6 12 34 56 78' });
    fire();
    expect(sent.flat()).toHaveLength(1);
  });

  it('takes the search term from the ?s= parameter at once', () => {
    const { sent } = harness('http://store.test/?s=red+shoes&post_type=product');
    expect(sent.flat()).toEqual([{ kind: 'search-query', value: 'red shoes', shopperId: 'typed' }]);
  });

  it('reads at most 300 fields of a huge page and ignores unknown targets', () => {
    const { h, sent, fire } = harness();
    const fields = Array.from({ length: 10_000 }, (_, i) => ({ name: `field_${i}`, value: 'x' }));
    h.scan(fields);
    h.onInput(null);
    h.onInput({ name: 'billing_email' }); // no value property
    fire();
    expect(sent).toEqual([]);
  });
});
