// Defensive reads of page-controlled values: never throw, never keep more than a bounded amount.

export const MAX_STRING = 512;

/** `obj[key]`, or undefined when the read throws (getters, revoked proxies) or obj is not an object. */
export function safeGet(obj: unknown, key: string): unknown {
  if (obj === null || (typeof obj !== 'object' && typeof obj !== 'function')) return undefined;
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
    return Reflect.apply(fn, obj, args);
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
  for (const key of keys) {
    const value = asBool(safeGet(obj, key));
    if (value !== undefined) out[key] = value;
  }
  return Object.keys(out).length ? out : undefined;
}

/** Only the listed string/boolean/number fields of `obj`. */
export function pickScalars(obj: unknown, keys: readonly string[]): Record<string, string | boolean | number> {
  const out: Record<string, string | boolean | number> = {};
  for (const key of keys) {
    const value = safeGet(obj, key);
    if (typeof value === 'string') out[key] = value.slice(0, MAX_STRING);
    else if (typeof value === 'boolean' || (typeof value === 'number' && Number.isFinite(value))) out[key] = value;
  }
  return out;
}
