import type { Work } from './budget';
import type { ChainNode } from './chain';
import { isPublicGoogleKeyHost } from './detectors/exposed-keys';
import type { SeedEntry, SeedIndex } from './seed-index';
import type { ScanInput } from './types';

// The state of one request's scan: what was found so far and the work spent.

export interface SeedHit {
  seed: SeedEntry;
  /** Chain elements the seed form adds, e.g. ['sha256', 'normalised']. */
  tail: string[];
  chain: ChainNode | null;
  value: string;
  /** Which scanned text, and where in it: overlapping hits in one text are resolved later. */
  textId: number;
  start: number;
  end: number;
  /** A name that is only part of an email address (wei.chen12@…) is not a name leak. Always present: set later, it would give hits a second shape. */
  inEmail: boolean;
}

/** Every hit is built here, so all have one shape. */
export function newHit(seed: SeedEntry, tail: string[], chain: ChainNode | null, value: string, textId: number, start: number, end: number): SeedHit {
  return { seed, tail, chain, value, textId, start, end, inEmail: false };
}

const DELIMITER = /[\s"'<>(),;&=[\]{}|]/;

/** True when text[start, end) sits in a token that holds an email address (raw or percent-encoded '@'). */
export function insideEmail(text: string, start: number, end: number): boolean {
  let a = start;
  while (a > 0 && start - a < 64 && !DELIMITER.test(text[a - 1]!)) a--;
  let b = end;
  while (b < text.length && b - end < 254 && !DELIMITER.test(text[b]!)) b++;
  const token = text.slice(a, b);
  return token.includes('@') || /%40/i.test(token);
}

/**
 * The request as every scanner reads it: one class, so all requests have one shape whatever optional
 * fields the caller's object had. The caller's shapes die between requests, and each full GC then
 * de-optimised the functions that read them (scanHeaders, scanBody, scanStructured, scanValue: 'weak
 * objects' in --trace-deopt); keep-shapes.ts keeps one idle instance of this one.
 */
export class RequestFields implements ScanInput {
  readonly url: string;
  readonly method: string;
  readonly headers: [string, string][] | undefined;
  readonly bodyText: string | undefined;
  readonly bodyBase64: string | undefined;
  readonly contentType: string | undefined;
  readonly transport: string | undefined;
  readonly protocols: string[] | undefined;

  constructor(input: ScanInput) {
    this.url = input.url;
    this.method = input.method;
    this.headers = input.headers;
    this.bodyText = input.bodyText;
    this.bodyBase64 = input.bodyBase64;
    this.contentType = input.contentType;
    this.transport = input.transport;
    this.protocols = input.protocols;
  }
}

export interface DetectorHit {
  category: string;
  value: string;
  chain: ChainNode | null;
  detail?: string;
}

const MAX_HITS = 5000;

export class ScanContext {
  readonly seedHits: SeedHit[] = [];
  readonly detectorHits: DetectorHit[] = [];
  /** Decoded texts already scanned in this request. */
  readonly seen = new Set<string>();
  private readonly detectorKeys = new Set<string>();
  textIds = 0;

  constructor(
    readonly index: SeedIndex,
    readonly work: Work,
    readonly input: RequestFields,
  ) {}

  seedHit(hit: SeedHit): void {
    if (this.seedHits.length < MAX_HITS) this.seedHits.push(hit);
    else this.work.stop('too many matches');
  }

  /** A hit inside `text`; names are checked for sitting in an email address. */
  textHit(hit: SeedHit, text: string, start: number, end: number): void {
    if (hit.seed.role !== 'strong' && insideEmail(text, start, end)) hit.inEmail = true;
    this.seedHit(hit);
  }

  detector(category: string, value: string, chain: ChainNode | null, detail?: string): void {
    if (detail === 'google' && isPublicGoogleKeyHost(this.input.url)) return;
    const key = `${category}\u0000${value}`;
    if (this.detectorKeys.has(key) || this.detectorHits.length >= MAX_HITS) return;
    this.detectorKeys.add(key);
    this.detectorHits.push(detail === undefined ? { category, value, chain } : { category, value, chain, detail });
  }
}
