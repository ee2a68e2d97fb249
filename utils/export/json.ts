import type { FindingsExport } from './format';

// The JSON file: top-level sections in reading order, every nested object's keys sorted, 2-space
// indent, so the same session always gives byte-identical files that diff well.

const TOP = ['formatVersion', 'provenance', 'visits', 'markers', 'findings', 'exposures', 'summary'];

function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value).sort()) {
      const v = (value as Record<string, unknown>)[key];
      if (v !== undefined) out[key] = canonical(v);
    }
    return out;
  }
  return value;
}

export function toJson(exp: FindingsExport): string {
  const body = canonical(exp) as Record<string, unknown>;
  const ordered: Record<string, unknown> = {};
  for (const key of [...TOP, ...Object.keys(body)]) if (key in body && !(key in ordered)) ordered[key] = body[key];
  return `${JSON.stringify(ordered, null, 2)}\n`;
}
