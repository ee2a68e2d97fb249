// Small helpers shared by the per-tool readers in `cmp-*.ts`.
import type { CmpReading, ConsentCategories, ConsentCategory, ConsentFacts, ConsentStateName } from '@/utils/consent/types';

export const CATEGORIES: readonly ConsentCategory[] = ['statistics', 'marketing', 'preferences'];

/** All known categories true → given, all false → refused, a mix → partial; undefined when none known. */
export function stateFromCategories(categories: ConsentCategories): 'given' | 'refused' | 'partial' | undefined {
  const values = CATEGORIES.map((c) => categories[c]).filter((v): v is boolean => v !== undefined);
  if (!values.length) return undefined;
  if (values.every(Boolean)) return 'given';
  return values.some(Boolean) ? 'partial' : 'refused';
}

export function reading(cmp: string, state: ConsentStateName, evidence: string[], categories?: ConsentCategories): CmpReading {
  return categories && Object.keys(categories).length ? { cmp, state, categories, evidence } : { cmp, state, evidence };
}

/** A reading from categories, or `fallback` when none is known. */
export function fromCategories(cmp: string, categories: ConsentCategories, evidence: string[], fallback: ConsentStateName = 'unknown'): CmpReading {
  return reading(cmp, stateFromCategories(categories) ?? fallback, evidence, categories);
}

export function global(facts: ConsentFacts, name: string): unknown {
  return Object.prototype.hasOwnProperty.call(facts.globals, name) ? facts.globals[name] : undefined;
}

/** A field of a global snapshot (snapshots are plain JSON objects). */
export function field(value: unknown, key: string): unknown {
  return value && typeof value === 'object' && Object.prototype.hasOwnProperty.call(value, key) ? (value as Record<string, unknown>)[key] : undefined;
}

export function cookie(facts: ConsentFacts, name: string): string | undefined {
  return Object.prototype.hasOwnProperty.call(facts.cookies, name) ? facts.cookies[name] : undefined;
}

export function marker(facts: ConsentFacts, selector: string): boolean {
  return facts.domMarkers.includes(selector);
}

/** Evidence lines for whichever of the named globals, markers and cookies are present. */
export function presence(facts: ConsentFacts, globals: string[], markers: string[], cookies: string[]): string[] {
  return [
    ...globals.filter((g) => global(facts, g) !== undefined).map((g) => `global ${g}`),
    ...markers.filter((m) => marker(facts, m)).map((m) => `element ${m}`),
    ...cookies.filter((c) => cookie(facts, c) !== undefined).map((c) => `cookie ${c}`),
  ];
}

/** allow/deny, yes/no, true/false, 1/0 → boolean. */
export function yesNo(value: unknown): boolean | undefined {
  if (value === true || value === 1) return true;
  if (value === false || value === 0) return false;
  if (typeof value !== 'string') return undefined;
  const v = value.trim().toLowerCase();
  if (['allow', 'yes', 'true', '1', 'granted'].includes(v)) return true;
  if (['deny', 'no', 'false', '0', 'denied'].includes(v)) return false;
  return undefined;
}

export function parseJson(text: string | undefined): unknown {
  if (text === undefined) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}
