import type { Builtins } from './builtins';

// JSON without toJSON: a page (e.g. old Prototype.js) may add Array.prototype.toJSON and garble
// JSON.stringify of our arrays. Primitives still go through the captured JSON.stringify.

export function toJson(B: Builtins, value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (typeof value !== 'object') return B.stringify(value) ?? 'null';
  if (B.isArray(value)) {
    let out = '[';
    for (let i = 0; i < value.length; i++) out += (i ? ',' : '') + toJson(B, value[i]);
    return out + ']';
  }
  const keys = B.keys(value);
  let out = '{';
  let first = true;
  for (let i = 0; i < keys.length; i++) {
    const v = (value as Record<string, unknown>)[keys[i]!];
    if (v === undefined || typeof v === 'function') continue;
    out += (first ? '' : ',') + B.stringify(keys[i]) + ':' + toJson(B, v);
    first = false;
  }
  return out + '}';
}
