import type { Builtins, Fn } from './builtins';
import { bare } from './call';

// Swap a function for a Proxy of itself: name, length, prototype, statics and toString stay native.

/** Replaces obj[name] (a data property holding a function), keeping its attributes. */
export function patchMethod(B: Builtins, obj: unknown, name: string, handler: ProxyHandler<Fn>): Fn | undefined {
  if (!obj) return undefined;
  const desc = B.getOwnPropertyDescriptor(obj, name);
  if (!desc || typeof desc.value !== 'function') return undefined;
  const proxy = new B.Proxy(desc.value as Fn, bare(B, handler));
  B.defineProperty(obj, name, bare(B, { ...desc, value: proxy }));
  return proxy;
}

/** Replaces the setter of an accessor (e.g. HTMLImageElement.prototype.src); returns the getter. */
export function patchSetter(B: Builtins, proto: unknown, name: string, after: (self: unknown) => void): Fn | undefined {
  if (!proto) return undefined;
  const desc = B.getOwnPropertyDescriptor(proto, name);
  if (!desc?.get || !desc.set) return undefined;
  const set = new B.Proxy(desc.set, bare(B, {
    apply(target: Fn, self: unknown, args: unknown[]) {
      const result = B.apply(target, self, args);
      try {
        after(self);
      } catch {
        // Recording failed; the page's assignment already happened.
      }
      return result;
    },
  }));
  B.defineProperty(proto, name, bare(B, { ...desc, set }));
  return desc.get;
}

/** Replaces a global constructor with a construct-trapping Proxy; `prototype.constructor` follows. */
export function patchConstructor(B: Builtins, win: Record<string, unknown>, name: string, handler: ProxyHandler<Fn>): void {
  const proxy = patchMethod(B, win, name, handler);
  const proto = proxy && (B.get(proxy, 'prototype') as object | undefined);
  const desc = proto && B.getOwnPropertyDescriptor(proto, 'constructor');
  if (desc && 'value' in desc) B.defineProperty(proto, 'constructor', bare(B, { ...desc, value: proxy }));
}
