import { scanRequest } from '@/utils/detect/scan-request';
import { SeedIndex } from '@/utils/detect/seed-index';
import type { ScanInput, ScanResult, Seed, SeedKind } from '@/utils/detect/types';

// Runs the engine over corpus records (make_corpus.mjs format, or bench/corpus.ts output) and scores it.

export interface CorpusRecord {
  id: string;
  kind: string;
  method: string;
  url: string;
  content_type?: string;
  body?: string;
  /** Extensions of bench/corpus.ts: binary body, headers, WebSocket details. */
  body_base64?: string;
  headers?: [string, string][];
  protocols?: string[];
  transport?: string;
  seeds: Record<string, string>;
  expected: { seed: string; enc: string }[];
  decoys: string[];
  /** bench/corpus.ts: detector categories that must be reported, and ones that must not. */
  detect?: string[];
  nodetect?: string[];
}

/** Corpus seed keys and the seed kinds they become. */
const KINDS: Record<string, SeedKind> = {
  email: 'email', name: 'full-name', phone: 'phone', address: 'street', query: 'search-query',
  product: 'cart-item-name', sku: 'cart-sku', order: 'order-id', coupon: 'coupon-code', company: 'company',
};

const KEY_OF: Partial<Record<SeedKind, string>> = { 'last-name': 'name' };
for (const [key, kind] of Object.entries(KINDS)) KEY_OF[kind] = key;

export function seedsOf(seeds: Record<string, string>): Seed[] {
  const out: Seed[] = [];
  for (const [key, value] of Object.entries(seeds)) {
    const kind = KINDS[key];
    if (!kind || !value) continue;
    out.push({ kind, value, shopperId: 's' });
    if (kind === 'full-name' && value.includes(' ')) {
      const cut = value.indexOf(' ');
      out.push({ kind: 'first-name', value: value.slice(0, cut), shopperId: 's' }, { kind: 'last-name', value: value.slice(cut + 1), shopperId: 's' });
    }
  }
  return out;
}

export function inputOf(r: CorpusRecord): ScanInput {
  const input: ScanInput = { url: r.url, method: r.method };
  if (r.body) input.bodyText = r.body;
  if (r.body_base64) input.bodyBase64 = r.body_base64;
  if (r.content_type) input.contentType = r.content_type;
  if (r.headers) input.headers = r.headers;
  if (r.protocols) input.protocols = r.protocols;
  if (r.transport) input.transport = r.transport;
  return input;
}

/** Corpus seed keys that the result reports as leaks (context-only matches excluded). */
export function leakedKeys(result: ScanResult): Set<string> {
  const out = new Set<string>();
  for (const m of result.matches) {
    if (m.source !== 'seed' || m.context) continue;
    const key = KEY_OF[m.category as SeedKind];
    if (key) out.add(key);
  }
  return out;
}

export interface Score {
  requests: number;
  bytes: number;
  times: number[];
  /** Times of requests up to 64 KB. */
  smallTimes: number[];
  byLabel: Map<string, { found: number; total: number }>;
  truePositives: number;
  falsePositives: number;
  decoyRequests: number;
  decoyHits: number;
  partial: number;
  detectorsExpected: number;
  detectorsFound: number;
  detectorFalseAlarms: number;
  misses: string[];
  extras: string[];
}

export function newScore(): Score {
  return { requests: 0, bytes: 0, times: [], smallTimes: [], byLabel: new Map(), truePositives: 0, falsePositives: 0, decoyRequests: 0, decoyHits: 0, partial: 0, detectorsExpected: 0, detectorsFound: 0, detectorFalseAlarms: 0, misses: [], extras: [] };
}

const indexes = new Map<string, SeedIndex>();

/** One index per distinct seed set, built once (as a session's seeds would be). */
export function indexFor(seeds: Record<string, string>): SeedIndex {
  const key = JSON.stringify(seeds);
  let index = indexes.get(key);
  if (!index) indexes.set(key, (index = new SeedIndex(seedsOf(seeds))));
  return index;
}

export function scoreRecord(score: Score, r: CorpusRecord): void {
  const index = indexFor(r.seeds);
  const input = inputOf(r);
  const size = r.url.length + (r.body?.length ?? 0) + Math.floor(((r.body_base64?.length ?? 0) * 3) / 4);
  const t0 = performance.now();
  const result = scanRequest(input, index);
  const ms = performance.now() - t0;
  score.requests++;
  score.bytes += size;
  score.times.push(ms);
  if (size <= 64 * 1024) score.smallTimes.push(ms);
  if (result.partial) score.partial++;
  const leaked = leakedKeys(result);
  const expected = new Set(r.expected.map((e) => e.seed));
  for (const e of r.expected) {
    const slot = score.byLabel.get(e.enc) ?? { found: 0, total: 0 };
    slot.total++;
    if (leaked.has(e.seed)) slot.found++;
    else if (score.misses.length < 40) score.misses.push(`${r.id} ${r.kind} ${e.seed}/${e.enc}`);
    score.byLabel.set(e.enc, slot);
  }
  for (const k of leaked) {
    if (expected.has(k)) score.truePositives++;
    else {
      score.falsePositives++;
      if (score.extras.length < 40) score.extras.push(`${r.id} ${r.kind} ${k} ${JSON.stringify(result.matches.filter((m) => KEY_OF[m.category as SeedKind] === k).map((m) => m.chain.join(' › ') + ' = ' + m.value))}`);
    }
  }
  if (r.decoys.length) {
    score.decoyRequests++;
    if ([...leaked].some((k) => !expected.has(k))) score.decoyHits++;
  }
  for (const cat of r.detect ?? []) {
    score.detectorsExpected++;
    if (result.matches.some((m) => m.source === 'detector' && m.category === cat)) score.detectorsFound++;
    else if (score.misses.length < 40) score.misses.push(`${r.id} ${r.kind} detector ${cat}`);
  }
  for (const cat of r.nodetect ?? []) {
    if (!result.matches.some((m) => m.source === 'detector' && m.category === cat)) continue;
    score.detectorFalseAlarms++;
    if (score.extras.length < 40) score.extras.push(`${r.id} ${r.kind} detector ${cat} reported`);
  }
}
