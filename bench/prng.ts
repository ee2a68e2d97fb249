// A small deterministic PRNG (xorshift128), so a corpus is identical for the same seed.

export class Rng {
  private s: Uint32Array;

  constructor(seed: number) {
    this.s = new Uint32Array(4);
    let x = (seed >>> 0) || 1;
    for (let i = 0; i < 4; i++) {
      // spread the seed over the state with a Weyl step and an integer mix
      x = (x + 0x6d2b79f5) >>> 0;
      let z = Math.imul(x ^ (x >>> 15), x | 1);
      z ^= z + Math.imul(z ^ (z >>> 7), z | 61);
      this.s[i] = (z ^ (z >>> 14)) >>> 0 || 1;
    }
  }

  /** Uniform in [0, 1). */
  next(): number {
    const s = this.s;
    let t = s[3]!;
    const first = s[0]!;
    s[3] = s[2]!;
    s[2] = s[1]!;
    s[1] = first;
    t ^= t << 11;
    t ^= t >>> 8;
    s[0] = (t ^ first ^ (first >>> 19)) >>> 0;
    return s[0]! / 4294967296;
  }

  int(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)]!;
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  chars(n: number, alphabet: string): string {
    let out = '';
    for (let i = 0; i < n; i++) out += alphabet[Math.floor(this.next() * alphabet.length)];
    return out;
  }
}
