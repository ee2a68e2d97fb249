import { describe, expect, it } from 'vitest';
import { customerSeeds } from '@/utils/harvest/customer-globals';

// Page globals (as the hook copies them: plain JSON keyed by global path) → the logged-in customer.

const pairs = (snapshot: unknown) => customerSeeds(snapshot).map((s) => `${s.kind}=${s.value}`);

describe('logged-in customer data plugins print into the page', () => {
  it.each([
    ['Intercom settings', { intercomSettings: { app_id: 'qk3x9', email: 'sven.aberg@example.se', name: 'Sven Åberg', user_id: '42', created_at: 1712000000 } },
      ['email=sven.aberg@example.se', 'full-name=Sven Åberg']],
    ['the Tawk.to visitor', { 'Tawk_API.visitor': { name: 'Amara Okafor', email: 'amara.okafor@example.ng' } },
      ['email=amara.okafor@example.ng', 'full-name=Amara Okafor']],
    ['LiveChat __lc customer fields', { __lc: { license: 11223344, visitor: { name: 'Kenji Watanabe', email: 'kenji@example.jp' }, params: [{ name: 'phone', value: '+81 3 1234 5678' }] } },
      ['email=kenji@example.jp', 'full-name=Kenji Watanabe']],
    ['Crisp pushes', { $crisp: [['set', 'user:email', ['lucia.ferri@example.it']], ['set', 'user:nickname', ['Lucia Ferri']], ['set', 'user:phone', ['+39 02 1234567']], ['do', 'chat:hide']] },
      ['email=lucia.ferri@example.it', 'full-name=Lucia Ferri', 'phone=+39 02 1234567']],
    ['a HubSpot identify push', { _hsq: [['identify', { email: 'p.novak@example.cz', firstname: 'Petr', lastname: 'Novák' }], ['trackPageView']] },
      ['email=p.novak@example.cz', 'first-name=Petr', 'last-name=Novák', 'full-name=Petr Novák']],
    ['Tidio identify on the document', { '#document.tidioIdentify': { distinct_id: 'u-77', email: 'elif.demir@example.com.tr', name: 'Elif Demir', phone: '+90 212 555 0101' } },
      ['email=elif.demir@example.com.tr', 'phone=+90 212 555 0101', 'full-name=Elif Demir']],
    ['a generic customer object with billing fields', { customer: { id: 9, billing_first_name: 'Noor', billing_last_name: 'Haddad', billing_email: 'noor.haddad@example.jo', billing_city: 'Amman', billing_postcode: '11181', billing_address_1: 'Rainbow St 12' } },
      ['first-name=Noor', 'last-name=Haddad', 'email=noor.haddad@example.jo', 'city=Amman', 'postcode=11181', 'street=Rainbow St 12', 'full-name=Noor Haddad']],
  ])('reads %s', (_name, snapshot, expected) => {
    expect(pairs(snapshot).sort()).toEqual([...expected].sort());
  });

  it.each([
    ['a "name" with no email next to it (a store, a currency, a country)', { 'wcSettings.checkoutData': { name: 'Fixture Outfitters', currency: { name: 'Euro' } } }],
    ['a one-word nickname (a username, not a full name)', { intercomSettings: { email: 'x', name: 'skater99' } }],
    ['an email that is not an address', { currentUser: { email: 'not-an-email' } }],
    ['values that are not strings', { customer: { email: 42, first_name: ['Ann'], last_name: { x: 1 } } }],
    ['nothing at all', null],
  ])('finds nothing in %s', (_name, snapshot) => {
    expect(pairs(snapshot)).toEqual([]);
  });

  it('stays bounded on a deep or huge snapshot', () => {
    let deep: Record<string, unknown> = { email: 'deep@example.org' };
    for (let i = 0; i < 100; i++) deep = { next: deep };
    expect(pairs({ customer: deep })).toEqual([]);
    const wide = { customer: Array.from({ length: 10_000 }, (_, i) => ({ email: `c${i}@example.org` })) };
    expect(customerSeeds(wide).length).toBeLessThanOrEqual(100);
  });

  it('marks the seeds as the page\'s customer', () => {
    expect(new Set(customerSeeds({ intercomSettings: { email: 'a@example.org' } }).map((s) => s.shopperId))).toEqual(new Set(['customer']));
  });
});
