import type { Builtins, Fn } from './builtins';

// Calls captured built-ins through the captured Reflect.apply, never through page-visible methods.

/** Returned by probe() when the call threw: doubles as a brand check ("is this really a Blob?"). */
export const FAIL: unique symbol = Symbol('fail');

/** Calls `fn` with `self`; throws FAIL when the built-in is missing in this browser. */
export function invoke(B: Builtins, fn: Fn | undefined, self: unknown, args: unknown[] = []): any {
  if (!fn) throw FAIL;
  return B.apply(fn, self, args);
}

export function probe(B: Builtins, fn: Fn | undefined, self: unknown, args: unknown[] = []): any {
  try {
    return fn ? B.apply(fn, self, args) : FAIL;
  } catch {
    return FAIL;
  }
}

/** Null-prototype copy target: a page setter/getter on Object.prototype must not leak into our dictionaries. */
export function bare<T extends object>(B: Builtins, obj: T): T {
  B.setPrototypeOf(obj, null);
  return obj;
}
