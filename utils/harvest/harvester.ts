import type { Seed, SeedKind } from '../detect/types';
import { fieldGroup, fieldKind, type FieldFacts } from './field-kind';
import { acceptValue, withFullNames } from './seed-values';

// Collects the shopper's own values as they are typed — key by key, before blur or submit — and
// sends the new ones as seeds. Bounded for huge or hostile pages: a keystroke only notes its field
// (at most MAX_PENDING per quiet period) and restarts the debounce; fields are read when typing
// pauses; the one-off scan reads at most MAX_FIELDS fields; the sent-set is capped.

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

/** Fields the load-time scan reads (prefilled values); the rest of a 10,000-input page is skipped. */
export const MAX_FIELDS = 300;
/** Distinct fields typed into within one debounce window that are read when it ends. */
export const MAX_PENDING = 32;
/** Seeds remembered as sent; past this the set starts again (the background drops repeats). */
export const MAX_SENT = 1000;

export function createHarvester(deps: HarvesterDeps) {
  const values = new Map<string, Map<SeedKind, string>>();
  const sent = new Set<string>();
  const pending = new Set<FieldLike>();
  let timer: unknown;

  const remember = (group: string, kind: SeedKind, value: string) => {
    if (!values.has(group)) values.set(group, new Map());
    values.get(group)!.set(kind, value);
  };

  const flush = () => {
    timer = undefined;
    for (const field of pending) readField(field);
    pending.clear();
    if (sent.size > MAX_SENT) sent.clear();
    const fresh = withFullNames(values).filter((s) => !sent.has(`${s.kind}|${s.value}`));
    for (const s of fresh) sent.add(`${s.kind}|${s.value}`);
    if (fresh.length > 0) deps.send(fresh);
  };
  const schedule = () => {
    if (timer !== undefined) deps.clearTimeout(timer);
    timer = deps.setTimeout(flush, deps.debounceMs ?? 250);
  };

  /** Remembers a known field's current value when it looks complete. */
  function readField(el: FieldLike): void {
    const facts = { name: el.name, id: el.id, type: el.type, autocomplete: el.autocomplete ?? el.getAttribute?.('autocomplete') ?? undefined };
    const kind = fieldKind(facts);
    const raw = kind ? el.value : undefined;
    const value = kind && typeof raw === 'string' ? acceptValue(kind, raw) : null;
    if (kind && value) remember(kind === 'search-query' ? 'search' : fieldGroup(facts), kind, value);
  }

  const search = (() => { try { return new URL(deps.url).searchParams.get('s'); } catch { return null; } })();
  if (search) {
    const value = acceptValue('search-query', search);
    if (value) remember('search', 'search-query', value);
    flush();
  }

  return {
    /** The field an input or change event came from (see fieldOfEvent); read when typing pauses. */
    onInput(target: unknown): void {
      if (!target || typeof target !== 'object') return;
      if (pending.size < MAX_PENDING || pending.has(target as FieldLike)) pending.add(target as FieldLike);
      schedule();
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
