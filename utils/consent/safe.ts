// Defensive reads of page-controlled values: never throw, never keep more than a bounded amount.
// In the MAIN world these run among the page's scripts, so the built-ins they use are taken when
// the module loads (before any page script), and page getters are never called.
//
// Every read goes through a `PageReader`: reading a Proxy runs the page's traps, so an object whose
// read threw once is never read again (a hostile proxy throws on every read), and each snapshot
// stops after a fixed number of reads and of failures.

export const MAX_STRING = 512;
/** Property descriptor lookups per snapshot (a 300-entry dataLayer costs about 2 per entry). */
export const MAX_READS = 800;
/** Reads or calls that threw per snapshot; after that the snapshot reads nothing more. */
export const MAX_FAILURES = 8;

const describe = Object.getOwnPropertyDescriptor;
const protoOf = Object.getPrototypeOf;
const apply = Reflect.apply;
const NewWeakSet = WeakSet;
const wsHas = WeakSet.prototype.has;
const wsAdd = WeakSet.prototype.add;
const isObjectLike = (obj: unknown): obj is object => obj !== null && (typeof obj === 'object' || typeof obj === 'function');

export interface PageReader {
  /** Objects a read of which threw: unreadable for every later snapshot too. */
  readonly hostile: WeakSet<object>;
  /** Functions that threw in this snapshot: not called again until the next one. */
  failedCalls: WeakSet<object>;
  reads: number;
  failures: number;
  /** The Consent Mode dataLayer scan so far (`globals-standards.ts`), so a read only looks at new entries. */
  layer?: { of: object; next: number; commands: unknown[] };
}

export function createPageReader(): PageReader {
  return { hostile: new NewWeakSet(), failedCalls: new NewWeakSet(), reads: 0, failures: 0 };
}

/** A new snapshot: the per-snapshot budget starts again; known hostile objects stay known. */
export function beginSnapshot(r: PageReader): void {
  r.reads = 0;
  r.failures = 0;
  r.failedCalls = new NewWeakSet();
}

const isKnown = (set: WeakSet<object>, obj: object): boolean => apply(wsHas, set, [obj]) as boolean;
const exhausted = (r: PageReader): boolean => r.reads >= MAX_READS || r.failures >= MAX_FAILURES;

/** Whether `obj` may still be read in this snapshot. */
export function readable(r: PageReader, obj: unknown): obj is object {
  return isObjectLike(obj) && !exhausted(r) && !isKnown(r.hostile, obj);
}

/** A read of `obj` threw: it is a hostile proxy (or holds one), never read again. */
export function markHostile(r: PageReader, obj: object): void {
  r.failures++;
  apply(wsAdd, r.hostile, [obj]);
}

/**
 * `obj[key]` when it is a data property (own or, unless `own`, inherited); undefined for accessors
 * — a page getter would run page code — for revoked proxies, throwing traps, non-objects, objects
 * that threw before, and once the snapshot's budget is spent.
 */
export function safeGet(r: PageReader, obj: unknown, key: string, own = false): unknown {
  if (!readable(r, obj)) return undefined;
  let target: object | null = obj;
  try {
    for (let depth = 0; target && depth < (own ? 1 : 8); depth++) {
      if (++r.reads > MAX_READS) return undefined;
      const d = describe(target, key);
      if (d) return 'value' in d ? d.value : undefined;
      target = protoOf(target) as object | null;
    }
  } catch {
    markHostile(r, obj);
    if (target && target !== obj) apply(wsAdd, r.hostile, [target]);
  }
  return undefined;
}

/** `obj[key]` through getters too: for the browser's own objects (document.cookie) in the isolated world. */
export function safeRead(obj: unknown, key: string): unknown {
  if (!isObjectLike(obj)) return undefined;
  try {
    return (obj as Record<string, unknown>)[key];
  } catch {
    return undefined;
  }
}

/** Calls `obj[key](...args)` when it is a function; undefined when absent, it throws, or threw earlier in this snapshot. */
export function safeCall(r: PageReader, obj: unknown, key: string, ...args: unknown[]): unknown {
  const fn = safeGet(r, obj, key);
  if (typeof fn !== 'function' || exhausted(r) || isKnown(r.failedCalls, fn)) return undefined;
  try {
    return apply(fn, obj, args);
  } catch {
    r.failures++;
    apply(wsAdd, r.failedCalls, [fn]);
    return undefined;
  }
}

export function exists(r: PageReader, obj: unknown, key: string): boolean {
  const value = safeGet(r, obj, key);
  return value !== undefined && value !== null;
}

export function asBool(value: unknown): boolean | undefined {
  return typeof value === 'boolean' ? value : undefined;
}

export function asString(value: unknown, max = MAX_STRING): string | undefined {
  return typeof value === 'string' ? value.slice(0, max) : undefined;
}

/** Only the listed boolean fields of `obj`; undefined when none is a boolean. */
export function pickBools(r: PageReader, obj: unknown, keys: readonly string[]): Record<string, boolean> | undefined {
  const out: Record<string, boolean> = {};
  let found = false;
  for (let i = 0; i < keys.length && readable(r, obj); i++) {
    const value = asBool(safeGet(r, obj, keys[i]!));
    if (value !== undefined) {
      out[keys[i]!] = value;
      found = true;
    }
  }
  return found ? out : undefined;
}

/** Only the listed string/boolean/number fields of `obj` (own properties only when `own`). */
export function pickScalars(r: PageReader, obj: unknown, keys: readonly string[], own = false): Record<string, string | boolean | number> {
  const out: Record<string, string | boolean | number> = {};
  for (let i = 0; i < keys.length && readable(r, obj); i++) {
    const key = keys[i]!;
    const value = safeGet(r, obj, key, own);
    if (typeof value === 'string') out[key] = value.slice(0, MAX_STRING);
    else if (typeof value === 'boolean' || (typeof value === 'number' && Number.isFinite(value))) out[key] = value;
  }
  return out;
}
