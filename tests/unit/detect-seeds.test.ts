import { describe, expect, it } from 'vitest';
import { accentFold } from '@/utils/detect/fold';
import { phoneForms } from '@/utils/detect/phone';
import { seedRole, textForms } from '@/utils/detect/seed-forms';
import { SeedIndex } from '@/utils/detect/seed-index';

describe('seed normalisation', () => {
  it.each([
    ['Zoë Ångström', 'Zoe Angstrom'],
    ['Søren Łukasz Guðmundsdóttir', 'Soren Lukasz Gudmundsdottir'],
    ['Königstraße', 'Konigstrasse'],
  ])('folds accents of %s', (input, expected) => {
    expect(accentFold(input)).toBe(expected);
  });

  it('gives names their NFC, NFD and accent-folded forms', () => {
    const forms = textForms('full-name', 'Zoë Ångström');
    expect(forms.map((f) => f.form)).toEqual(['text', 'nfd', 'accent-folded']);
    expect(forms[1]!.text).toBe('Zoë Ångström'.normalize('NFD'));
  });

  it('lower-cases emails and adds keystroke truncations of one and two characters', () => {
    expect(textForms('email', 'Zoe.A@Example.com').map((f) => [f.text, f.form])).toEqual([
      ['zoe.a@example.com', 'text'],
      ['zoe.a@example.co', 'truncated-1'],
      ['zoe.a@example.c', 'truncated-2'],
    ]);
  });

  it.each([['cart-sku'], ['order-id'], ['full-name']] as const)('never truncates a %s', (kind) => {
    expect(textForms(kind, 'WC-ABC-1234').some((f) => f.form.startsWith('truncated'))).toBe(false);
  });

  it.each([
    ['+44 20 7946 0123', '442079460123', '2079460123'],
    ['+44 (0)20 7946 0123', '442079460123', '2079460123'],
    ['0044 20 7946 0123', '442079460123', '2079460123'],
    ['+1 (415) 555-0199', '14155550199', '4155550199'],
  ])('reads %s as E.164 digits and a national number', (raw, full, national) => {
    const f = phoneForms(raw)!;
    expect([f.full, f.national]).toEqual([full, national]);
    expect(f.keys.has(full)).toBe(true);
    expect(f.keys.has('0' + national)).toBe(true);
  });

  it('matches a national number typed without a calling code only with a default one', () => {
    expect(phoneForms('020 7946 0123')!.full).toBe('');
    expect(phoneForms('020 7946 0123', '44')!.full).toBe('442079460123');
  });

  it.each([
    ['first-name', 'Olivia', 'weak'],
    ['city', 'London', 'weak'],
    ['cart-price', '19.99', 'weak'],
    ['cart-quantity', '2', 'weak'],
    ['full-name', 'Ana', 'weak'],
    ['last-name', 'Okafor', 'last-name'],
    ['cart-product-id', '1042', 'strong'],
    ['email', 'a@b.co', 'strong'],
  ] as const)('treats a %s like %s as %s', (kind, value, role) => {
    expect(seedRole(kind, value)).toBe(role);
  });
});

describe('SeedIndex', () => {
  it('expands only the new seed on add, and ignores a seed it already has', () => {
    const index = new SeedIndex([{ kind: 'email', value: 'zoe@example.com', shopperId: 'a' }]);
    const before = index.candidates.length;
    index.add({ kind: 'search-query', value: 'merino socks', shopperId: 'a' });
    expect(index.candidates.length - before).toBeLessThanOrEqual(3);
    const after = index.candidates.length;
    index.add({ kind: 'search-query', value: '  Merino  socks ', shopperId: 'a' });
    expect(index.candidates.length).toBe(after);
  });

  it('precomputes hashed and encoded forms for emails and phones only', () => {
    const index = new SeedIndex([{ kind: 'email', value: 'zoe@example.com' }, { kind: 'cart-sku', value: 'WC-ABC-1234' }]);
    const tails = (kind: string) => index.candidates.filter((c) => c.seed.kind === kind).map((c) => c.tail.join('›'));
    expect(tails('email')).toContain('sha256›normalised');
    expect(tails('email')).toContain('base64›sha512-raw›normalised');
    expect(tails('cart-sku')).toEqual(['text']);
  });

  it('stops matching a removed seed and matches it again once re-added', () => {
    const index = new SeedIndex();
    const id = index.add({ kind: 'email', value: 'zo@example.com' });
    index.remove(id);
    expect(index.size).toBe(0);
    index.add({ kind: 'email', value: 'zo@example.com' });
    expect(index.size).toBe(1);
  });
});
