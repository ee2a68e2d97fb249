import { isPageFact, parsePageMessage, type HookEvent, type HookPageFact } from '../hook-event';

// One channel message from the page → the events that pass the contract, and how many did not.

export interface Validated {
  /** Request events, in order: forwarded to the background. */
  events: HookEvent[];
  /** Facts about the page (store responses, globals), in order: handled by the relay itself. */
  facts: HookPageFact[];
  /** Each item of the batch in its order, so a consent fact applies to the events after it. */
  items: (HookEvent | HookPageFact)[];
  invalid: number;
}

export function validateBatch(detail: unknown): Validated {
  const none = (): Validated => ({ events: [], facts: [], items: [], invalid: 1 });
  if (typeof detail !== 'string') return none();
  let batch: unknown;
  try {
    batch = JSON.parse(detail);
  } catch {
    return none();
  }
  const list = (batch as { events?: unknown } | null)?.events;
  if (!Array.isArray(list)) return none();
  const out: Validated = { events: [], facts: [], items: [], invalid: 0 };
  for (const item of list) {
    const parsed = parsePageMessage(item);
    if (!parsed) out.invalid++;
    else {
      out.items.push(parsed);
      if (isPageFact(parsed)) out.facts.push(parsed);
      else out.events.push(parsed);
    }
  }
  return out;
}

/** Rough bytes an event takes in memory and in a message: its long strings dominate. */
export function estimateSize(event: HookEvent): number {
  const body = event.body;
  let size = 512 + event.url.length + event.documentUrl.length;
  if (body) {
    size += (body.text?.length ?? 0) * 2 + (body.base64?.length ?? 0);
    for (const part of body.parts ?? []) size += 64 + part.name.length + (part.value?.length ?? 0) * 2;
  }
  return size;
}
