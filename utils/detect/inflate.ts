import { Gunzip, Inflate, Unzlib, gunzipSync, inflateSync, unzlibSync } from 'fflate';

// gzip / zlib ("deflate") / raw deflate with an output cap: input is fed in small chunks and
// decompression stops as soon as the output reaches the cap, so a bomb costs at most cap + one chunk.

export type Compression = 'gzip' | 'deflate' | 'deflate-raw';

const CHUNK = 512;

/** The container the bytes start with, if any (raw deflate has no magic and is only ever a guess). */
export function sniffCompression(b: Uint8Array): Compression | null {
  if (b.length >= 18 && b[0] === 0x1f && b[1] === 0x8b && b[2] === 8) return 'gzip';
  if (b.length >= 6 && (b[0]! & 0x0f) === 8 && (b[0]! >> 4) <= 7 && ((b[0]! << 8) | b[1]!) % 31 === 0) return 'deflate';
  return null;
}

export interface Inflated {
  bytes: Uint8Array;
  /** The output reached the cap; the rest was not decompressed. */
  capped: boolean;
}

/** Deflate expands at most about 1032:1, so a small input cannot pass the cap and is inflated in one go. */
const MAX_RATIO = 1032;

const SYNC = { gzip: gunzipSync, deflate: unzlibSync, 'deflate-raw': inflateSync };

function withoutStacks<T>(f: () => T): T {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0; // invalid input ends in a thrown Error; without a stack trace that is cheap
  try {
    return f();
  } finally {
    Error.stackTraceLimit = limit;
  }
}

// fflate without an output buffer reserves 128 KB per block (and gzip trusts the size in its trailer),
// so small inputs decompress into one reused buffer sized to the worst case, then copy what they made.
let scratch = new Uint8Array(0);
function scratchOf(size: number): Uint8Array {
  if (scratch.length < size) scratch = new Uint8Array(size);
  return scratch.subarray(0, size);
}

/** Decompresses at most `cap` bytes; null when the input is not valid for that format. */
export function inflateCapped(input: Uint8Array, kind: Compression, cap: number): Inflated | null {
  const bound = input.length * MAX_RATIO + 1024;
  if (bound <= cap) {
    return withoutStacks(() => {
      try {
        const bytes = SYNC[kind](input, { out: scratchOf(bound) }).slice();
        return bytes.length > 0 ? { bytes, capped: false } : null;
      } catch {
        return null;
      }
    });
  }
  return withoutStacks(() => streamed(input, kind, cap));
}

/**
 * The first bytes a guessed raw deflate stream would produce (at most 256), or null when it is not
 * one. Cheap: a fixed output buffer, no exception stack traces.
 */
export function probeRawDeflate(input: Uint8Array): Uint8Array | null {
  return withoutStacks(() => {
    try {
      const out = inflateSync(input, { out: new Uint8Array(256) });
      return out.length > 0 ? out : null;
    } catch {
      return null;
    }
  });
}

function streamed(input: Uint8Array, kind: Compression, cap: number): Inflated | null {
  const parts: Uint8Array[] = [];
  let size = 0;
  let capped = false;
  const onData = (chunk: Uint8Array) => {
    if (capped) return;
    const room = cap - size;
    if (chunk.length > room) capped = true;
    const kept = chunk.length > room ? chunk.subarray(0, room) : chunk;
    parts.push(kept);
    size += kept.length;
  };
  const stream = kind === 'gzip' ? new Gunzip(onData) : kind === 'deflate' ? new Unzlib(onData) : new Inflate(onData);
  try {
    for (let i = 0; i < input.length && !capped; i += CHUNK) {
      stream.push(input.subarray(i, i + CHUNK), i + CHUNK >= input.length);
    }
  } catch {
    if (size === 0) return null;
  }
  if (size === 0 && !capped) return input.length > 0 ? null : { bytes: new Uint8Array(0), capped };
  const bytes = new Uint8Array(size);
  let o = 0;
  for (const p of parts) {
    bytes.set(p, o);
    o += p.length;
  }
  return { bytes, capped };
}
