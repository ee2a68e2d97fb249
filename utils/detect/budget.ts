import type { ScanBudget, ScanCounters } from './types';

// The per-request work budget and the counters that spend it.

export const DEFAULT_BUDGET: ScanBudget = {
  maxBytes: 8 * 1024 * 1024,
  maxDecodeSteps: 20_000,
  maxDecodedBytes: 8 * 1024 * 1024,
  maxDecompressedBytes: 2 * 1024 * 1024,
  maxJsonNodes: 200_000,
  maxDepth: 8,
  maxJsonDepth: 64,
};

/** A request's budget: the defaults with the caller's overrides (one place, so every budget has one shape). */
export function budgetOf(overrides: Partial<ScanBudget> = {}): ScanBudget {
  return { ...DEFAULT_BUDGET, ...overrides };
}

export class Work {
  readonly counters: ScanCounters = { bytesScanned: 0, decodeSteps: 0, decodedBytes: 0, decompressedBytes: 0, jsonNodes: 0, maxDepth: 0 };
  readonly reasons: string[] = [];
  partial = false;

  constructor(readonly budget: ScanBudget) {}

  /** Marks the scan partial, keeping the first few reasons. */
  stop(reason: string): void {
    this.partial = true;
    if (this.reasons.length < 5 && !this.reasons.includes(reason)) this.reasons.push(reason);
  }

  /** Characters the matcher may still read. */
  bytesLeft(): number {
    return this.budget.maxBytes - this.counters.bytesScanned;
  }

  /** Takes one decode step over `inputLength` characters; false (and partial) when over budget. */
  step(inputLength: number): boolean {
    const c = this.counters;
    if (c.decodeSteps >= this.budget.maxDecodeSteps) return this.stop('decode steps'), false;
    if (inputLength > this.bytesLeft()) return this.stop('bytes'), false;
    c.decodeSteps++;
    return true;
  }

  /** Records decoder output; false (and partial) when it overflows the decoded-bytes budget. */
  produced(length: number): boolean {
    if (this.counters.decodedBytes + length > this.budget.maxDecodedBytes) return this.stop('decoded bytes'), false;
    this.counters.decodedBytes += length;
    return true;
  }

  /** Nothing more can be scanned: the byte or JSON budget is spent. */
  exhausted(): boolean {
    return this.bytesLeft() <= 0 || this.counters.jsonNodes >= this.budget.maxJsonNodes;
  }

  /** Bytes a decompressor may still produce. */
  decompressLeft(): number {
    return this.budget.maxDecompressedBytes - this.counters.decompressedBytes;
  }

  /** Counts one JSON value; false (and partial) when over budget. */
  jsonNode(): boolean {
    if (this.counters.jsonNodes >= this.budget.maxJsonNodes) return this.stop('JSON values'), false;
    this.counters.jsonNodes++;
    return true;
  }

  depth(d: number): void {
    if (d > this.counters.maxDepth) this.counters.maxDepth = d;
  }
}
