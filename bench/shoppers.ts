import type { Rng } from './prng';

// Synthetic shoppers of a WooCommerce store: the seeds a session would know about them.

const FIRST = ['Élodie', 'Søren', 'Maëlle', 'Jiří', 'Zoë', 'Ines', 'Hannah', 'Oliver', 'Aarav', 'Kenji', 'Lucía', 'Björk', 'Tomasz', 'Grace', 'Mohammed', 'Nora'];
const LAST = ['Fernández', 'Łukaszewicz', 'Østergaard', 'Dvořák', 'Kowalczyk', 'Whitfield', 'Nakamura', 'Abernathy', 'Ó Súilleabháin', 'Castellanos', 'Lindqvist', 'Beaumont', 'Oyelaran', 'Varga'];
const STREETS = ['Rue du Faubourg Saint-Honoré', 'Hauptstraße', 'Calle Mayor', 'Wiejska', 'Strandvägen', 'Merchant Street', 'Via Garibaldi', 'Høyenhallveien'];
const CITIES = ['Lyon', 'Göteborg', 'Kraków', 'Zaragoza', 'Bristol', 'Graz', 'Aarhus', 'Porto'];
const DOMAINS = ['mailbox.example', 'post.example.net', 'inbox.example.org', 'shopper.example.com'];
const QUERIES = ['linen apron with pockets', 'beeswax food wraps', 'cordless milk frother', 'walnut serving board', 'wool dryer balls set', 'ceramic pour over dripper', 'recycled glass tumblers'];
const ADJ = ['Fjord', 'Meadow', 'Copper', 'Harbor', 'Juniper', 'Basalt', 'Saffron', 'Tundra'];
const NOUN = ['Teapot', 'Apron', 'Blanket', 'Lantern', 'Mug Set', 'Tote', 'Candle', 'Planter'];

export interface Shopper {
  email: string;
  name: string;
  first: string;
  last: string;
  phone: string;
  address: string;
  city: string;
  postcode: string;
  query: string;
  product: string;
  sku: string;
  order: string;
  coupon: string;
}

function fold(s: string): string {
  return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[øØ]/g, 'o').replace(/[łŁ]/g, 'l').toLowerCase().replace(/[^a-z]/g, '');
}

function phone(rng: Rng): string {
  const d = (n: number) => rng.chars(n, '0123456789');
  return rng.pick([() => `+33 6 ${d(2)} ${d(2)} ${d(2)} ${d(2)}`, () => `+44 7700 ${d(6)}`, () => `+49 151 ${d(8)}`, () => `+1 (415) 555-${d(4)}`, () => `+48 ${d(3)} ${d(3)} ${d(3)}`])();
}

export function makeShoppers(rng: Rng, count: number): Shopper[] {
  const out: Shopper[] = [];
  for (let i = 0; i < count; i++) {
    const first = FIRST[i % FIRST.length]!;
    const last = LAST[(i * 5 + 3) % LAST.length]!;
    const product = `${ADJ[i % ADJ.length]} ${NOUN[(i * 3) % NOUN.length]} No. ${i + 2}`;
    out.push({
      email: `${fold(first)}.${fold(last)}${i}@${rng.pick(DOMAINS)}`,
      name: `${first} ${last}`,
      first,
      last,
      phone: phone(rng),
      address: `${rng.int(2, 480)} ${rng.pick(STREETS)}`,
      city: rng.pick(CITIES),
      postcode: String(rng.int(10000, 99999)),
      query: rng.pick(QUERIES),
      product,
      sku: `SK-${fold(product).slice(0, 4).toUpperCase()}-${String(3000 + i * 11)}`,
      order: String(rng.int(100000, 999999)),
      coupon: `SAVE${rng.chars(6, 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789')}`,
    });
  }
  return out;
}

/** The seeds a record carries (the bench maps them to seed kinds). */
export function seedsOf(s: Shopper): Record<string, string> {
  return { email: s.email, name: s.name, phone: s.phone, address: s.address, query: s.query, product: s.product, sku: s.sku, order: s.order, coupon: s.coupon };
}
