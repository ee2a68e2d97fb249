import type { Builtins } from './builtins';

// A bounded, plain-data copy of a page value: data properties only (a page getter never runs),
// no functions, limited depth, keys, items, string length and node count. Cycles end at the depth limit.

export interface SnapshotLimits {
  depth: number;
  keys: number;
  nodes: number;
  string: number;
}

export const SNAPSHOT_LIMITS: SnapshotLimits = { depth: 4, keys: 40, nodes: 300, string: 200 };

/** The value of an own data property, or undefined (accessor, missing, throwing proxy trap). */
export function ownValue(B: Builtins, obj: unknown, key: string): unknown {
  if (obj === null || (typeof obj !== 'object' && typeof obj !== 'function')) return undefined;
  try {
    const d = B.getOwnPropertyDescriptor(obj, key);
    return d && 'value' in d ? d.value : undefined;
  } catch {
    return undefined;
  }
}

export function snapshot(B: Builtins, value: unknown, limits: SnapshotLimits = SNAPSHOT_LIMITS): unknown {
  let nodes = 0;
  const walk = (v: unknown, depth: number): unknown => {
    if (++nodes > limits.nodes) return undefined;
    if (typeof v === 'string') return v.length > limits.string ? undefined : v;
    if (typeof v === 'number' || typeof v === 'boolean') return v;
    if (v === null || typeof v !== 'object' || depth >= limits.depth) return undefined;
    let keys: string[];
    try {
      keys = B.isArray(v) ? [] : B.keys(v);
    } catch {
      return undefined;
    }
    if (B.isArray(v)) {
      const length = ownValue(B, v, 'length');
      const out: unknown[] = [];
      for (let i = 0; typeof length === 'number' && i < length && i < limits.keys; i++) {
        const item = walk(ownValue(B, v, B.String(i)), depth + 1);
        out[out.length] = item === undefined ? null : item;
      }
      return out;
    }
    const out: Record<string, unknown> = {};
    B.setPrototypeOf(out, null);
    for (let i = 0; i < keys.length && i < limits.keys; i++) {
      const key = keys[i]!;
      if (typeof key !== 'string' || key.length > 64) continue;
      const item = walk(ownValue(B, v, key), depth + 1);
      if (item !== undefined) out[key] = item;
    }
    return out;
  };
  return walk(value, 0);
}
