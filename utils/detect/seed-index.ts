import { foldString } from './fold';
import { phoneForms } from './phone';
import { hashedForms } from './seed-encodings';
import { cleanSeed, SEED_CATEGORY, seedRole, textForms, type Boundary, type SeedRole } from './seed-forms';
import type { Seed, SeedCategory, SeedKind } from './types';

// Seeds expanded once into search candidates. add() expands only the new seed, so seeds can arrive
// per keystroke; candidates sit in a 64K-slot hash table keyed by their first four (folded) units.

export interface SeedEntry {
  id: number;
  kind: SeedKind;
  category: SeedCategory;
  shopperId?: string;
  role: SeedRole;
  alive: boolean;
}

export interface Candidate {
  /** Folded when `ci`. */
  text: string;
  ci: boolean;
  boundary: Boundary;
  seed: SeedEntry;
  /** Chain elements appended on a hit, e.g. ['sha256', 'normalised'] or ['text']. */
  tail: string[];
}

export interface PhoneKey {
  seed: SeedEntry;
  form: string;
}

export const SLOT_BITS = 16;

/** Slot of a 4-unit key packed as the low bytes of the folded units. */
export function slotOf(key: number): number {
  return Math.imul(key, 0x9e3779b1) >>> (32 - SLOT_BITS);
}

export function keyOf(folded: string): number {
  let k = 0;
  for (let i = 0; i < 4; i++) k = (k << 8) | (folded.charCodeAt(i) & 0xff);
  return k;
}

function grow(a: Int32Array): Int32Array {
  const grown = new Int32Array(a.length * 2);
  grown.set(a);
  return grown;
}

export interface SeedIndexOptions {
  /** Calling code assumed for phone numbers typed without one, e.g. '44'. */
  defaultCallingCode?: string;
}

export class SeedIndex {
  readonly head = new Int32Array(1 << SLOT_BITS);
  /** One bit per slot, set when the slot holds a candidate: 8 KB that stay in L1 cache, unlike `head`. */
  readonly used = new Int32Array(1 << (SLOT_BITS - 5));
  next: Int32Array = new Int32Array(256);
  /**
   * A second table for matchJsonString, which looks up one key per two characters: candidates of 5+
   * units by their units 1–4, so a candidate starting one character before a key is found by that key.
   */
  readonly head1 = new Int32Array(1 << SLOT_BITS);
  next1: Int32Array = new Int32Array(256);
  /** Slots used in either table. */
  readonly usedEither = new Int32Array(1 << (SLOT_BITS - 5));
  /** Some candidate is exactly 4 units long (it has no units 1–4): matchJsonString then looks up every key. */
  hasFour = false;
  readonly candidates: Candidate[] = [];
  /** Digit runs that are a seed phone number. */
  readonly phoneKeys = new Map<string, PhoneKey[]>();
  /** Folded seed forms of any length, for whole-value comparison of short values and JSON numbers. */
  readonly exact = new Map<string, Candidate[]>();
  /** Bit n set when some exact form is n units long (n ≥ 31: bit 31), to skip most lookups unfolded. */
  exactLengths = 0;
  private readonly known = new Map<string, SeedEntry>();
  private nextId = 1;

  constructor(seeds: Iterable<Seed> = [], readonly options: SeedIndexOptions = {}) {
    for (const s of seeds) this.add(s);
  }

  get size(): number {
    let n = 0;
    for (const e of this.known.values()) if (e.alive) n++;
    return n;
  }

  /** Adds a seed (a no-op for one already present) and returns its id. */
  add(seed: Seed): number {
    const clean = cleanSeed(seed.value);
    const key = `${seed.kind}\u0000${seed.shopperId ?? ''}\u0000${clean.toLowerCase()}`;
    const old = this.known.get(key);
    if (old) return (old.alive = true), old.id;
    const entry: SeedEntry = { id: this.nextId++, kind: seed.kind, category: SEED_CATEGORY[seed.kind], role: seedRole(seed.kind, clean), alive: true };
    if (seed.shopperId !== undefined) entry.shopperId = seed.shopperId;
    this.known.set(key, entry);
    if (clean !== '') this.expand(entry, clean);
    return entry.id;
  }

  /** Stops matching a seed (e.g. the shopper kept typing and the field now holds a longer value). */
  remove(id: number): void {
    for (const e of this.known.values()) if (e.id === id) e.alive = false;
  }

  private expand(seed: SeedEntry, clean: string): void {
    if (seed.kind === 'phone') return this.expandPhone(seed, clean);
    for (const f of textForms(seed.kind, clean)) this.put({ text: foldString(f.text), ci: true, boundary: f.boundary, seed, tail: [f.form] });
    if (seed.kind === 'email') this.putHashes(seed, clean.toLowerCase(), 'normalised');
  }

  private expandPhone(seed: SeedEntry, clean: string): void {
    const forms = phoneForms(clean, this.options.defaultCallingCode);
    if (!forms) return;
    if (seed.role === 'strong' && forms.national.length < 7) seed.role = 'weak';
    for (const [digits, form] of forms.keys) {
      const list = this.phoneKeys.get(digits) ?? [];
      list.push({ seed, form });
      this.phoneKeys.set(digits, list);
    }
    if (forms.full) {
      this.putHashes(seed, forms.full, 'digits');
      this.putHashes(seed, '+' + forms.full, 'e164');
    }
    this.putHashes(seed, forms.national, 'national');
  }

  private putHashes(seed: SeedEntry, value: string, form: string): void {
    for (const h of hashedForms(value)) {
      const text = h.tail[0]!.startsWith('base64') ? h.text.replace(/=+$/, '') : h.text;
      this.put({ text: h.ci ? foldString(text) : text, ci: h.ci, boundary: 'none', seed, tail: [...h.tail, form] });
    }
  }

  private put(c: Candidate): void {
    if (c.ci) {
      this.exactLengths |= 1 << Math.min(c.text.length, 31);
      const list = this.exact.get(c.text) ?? [];
      list.push(c);
      this.exact.set(c.text, list);
    }
    if (c.text.length < 4) return;
    const idx = this.candidates.length;
    this.candidates.push(c);
    if (idx >= this.next.length) {
      this.next = grow(this.next);
      this.next1 = grow(this.next1);
    }
    const slot = slotOf(keyOf(c.ci ? c.text : foldString(c.text.slice(0, 4))));
    this.next[idx] = this.head[slot]!;
    this.head[slot] = idx + 1;
    this.used[slot >>> 5]! |= 1 << (slot & 31);
    this.usedEither[slot >>> 5]! |= 1 << (slot & 31);
    if (c.text.length === 4) {
      this.hasFour = true;
      return;
    }
    const slot1 = slotOf(keyOf(c.ci ? c.text.slice(1, 5) : foldString(c.text.slice(1, 5))));
    this.next1[idx] = this.head1[slot1]!;
    this.head1[slot1] = idx + 1;
    this.usedEither[slot1 >>> 5]! |= 1 << (slot1 & 31);
  }
}
