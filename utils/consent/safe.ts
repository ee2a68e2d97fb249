// Defensive reads of page-controlled values: never throw, never keep more than a bounded amount.
// In the MAIN world these run among the page's scripts, so the built-ins they use are taken when
// the module loads (before any page script), and page getters are never called.

export const MAX_STRING = 512;
const describe = Object.getOwnPropertyDescriptor;
const protoOf = Object.getPrototypeOf;
const apply = Reflect.apply;
const isObjectLike = (obj: unknown): obj is object => obj !== null && (typeof obj === 'object' || typeof obj === 'function');

/**
 * `obj[key]` when it is a data property (own or inherited); undefined for accessors — a page
 * getter would run page code — for revoked proxies, throwing traps and non-objects.
 */
export function safeGet(obj: unknown, key: string): unknown {
  if (!isObjectLike(obj)) return undefined;
  try {
    let target: object | null = obj;
    for (let depth = 0; target && depth < 8; depth++) {
      const d = describe(target, key);
      if (d) return 'value' in d ? d.value : undefined;
      target = protoOf(target) as object | null;
    }
  } catch {
    // a hostile proxy
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

/** Calls `obj[key](...args)` when it is a function; undefined when absent or it throws. */
export function safeCall(obj: unknown, key: string, ...args: unknown[]): unknown {
  const fn = safeGet(obj, key);
  if (typeof fn !== 'function') return undefined;
  try {
    return apply(fn, obj, args);
  } catch {
    return undefined;
  }
}

export function exists(obj: unknown, key: string): boolean {
  const value = safeGet(obj, key);
  return value !== undefined && value !== null;
}

export function asBool(value: unknown): boolean | undefined {
  return typeof value === 'boolean' ? value : undefined;
}

export function asString(value: unknown, max = MAX_STRING): string | undefined {
  return typeof value === 'string' ? value.slice(0, max) : undefined;
}

/** Only the listed boolean fields of `obj`; undefined when none is a boolean. */
export function pickBools(obj: unknown, keys: readonly string[]): Record<string, boolean> | undefined {
  const out: Record<string, boolean> = {};
  let found = false;
  for (let i = 0; i < keys.length; i++) {
    const value = asBool(safeGet(obj, keys[i]!));
    if (value !== undefined) {
      out[keys[i]!] = value;
      found = true;
    }
  }
  return found ? out : undefined;
}

/** Only the listed string/boolean/number fields of `obj`. */
export function pickScalars(obj: unknown, keys: readonly string[]): Record<string, string | boolean | number> {
  const out: Record<string, string | boolean | number> = {};
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i]!;
    const value = safeGet(obj, key);
    if (typeof value === 'string') out[key] = value.slice(0, MAX_STRING);
    else if (typeof value === 'boolean' || (typeof value === 'number' && Number.isFinite(value))) out[key] = value;
  }
  return out;
}
