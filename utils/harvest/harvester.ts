import type { Seed, SeedKind } from '../detect/types';
import { fieldGroup, fieldKind, type FieldFacts } from './field-kind';
import { acceptValue, withFullNames } from './seed-values';

// Collects the shopper's own values as they are typed — key by key, before blur or submit — and
// sends the new ones as seeds. Input handling is debounced and bounded so a huge page stays fast.

interface FieldLike extends FieldFacts {
  value?: unknown;
  getAttribute?(name: string): string | null;
}

export interface HarvesterDeps {
  url: string;
  send(seeds: Seed[]): void;
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
  debounceMs?: number;
}

const MAX_FIELDS = 300;

export function createHarvester(deps: HarvesterDeps) {
  const values = new Map<string, Map<SeedKind, string>>();
  const sent = new Set<string>();
  let timer: unknown;

  const remember = (group: string, kind: SeedKind, value: string) => {
    if (!values.has(group)) values.set(group, new Map());
    values.get(group)!.set(kind, value);
  };

  const flush = () => {
    timer = undefined;
    const fresh = withFullNames(values).filter((s) => !sent.has(`${s.kind}|${s.value}`));
    for (const s of fresh) sent.add(`${s.kind}|${s.value}`);
    if (fresh.length > 0) deps.send(fresh);
  };
  const schedule = () => {
    if (timer !== undefined) deps.clearTimeout(timer);
    timer = deps.setTimeout(flush, deps.debounceMs ?? 250);
  };

  /** A field's current value; returns true when it is a field Leakscope knows. */
  function readField(el: FieldLike): boolean {
    const facts = { name: el.name, id: el.id, type: el.type, autocomplete: el.autocomplete ?? el.getAttribute?.('autocomplete') ?? undefined };
    const kind = fieldKind(facts);
    if (!kind || typeof el.value !== 'string') return false;
    const value = acceptValue(kind, el.value);
    if (value) remember(kind === 'search-query' ? 'search' : fieldGroup(facts), kind, value);
    return true;
  }

  const search = (() => { try { return new URL(deps.url).searchParams.get('s'); } catch { return null; } })();
  if (search) {
    const value = acceptValue('search-query', search);
    if (value) remember('search', 'search-query', value);
    flush();
  }

  return {
    /** An input or change event's target. */
    onInput(target: unknown): void {
      if (target && typeof target === 'object' && readField(target as FieldLike)) schedule();
    },
    /** Values already in the page (prefilled for a logged-in customer), read once. */
    scan(fields: ArrayLike<unknown>): void {
      for (let i = 0; i < Math.min(fields.length, MAX_FIELDS); i++) readField(fields[i] as FieldLike);
      // Send everything known once more: the ?s= term sent at document start is lost when the tab's
      // first visit was not recorded yet (the background keeps only seeds it has not seen).
      sent.clear();
      schedule();
    },
    flush,
  };
}
