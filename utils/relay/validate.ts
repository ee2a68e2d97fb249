import { parsePageFact, type HookEvent, type HookPageFact } from '../hook-event';
import { hasEventEnvelope } from './envelope';

// One channel message from the page → its request events (envelope checked) and page facts
// (validated), and how many items were neither.

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
    if (hasEventEnvelope(item)) {
      out.items.push(item);
      out.events.push(item);
      continue;
    }
    const fact = parsePageFact(item);
    if (!fact) out.invalid++;
    else {
      out.items.push(fact);
      out.facts.push(fact);
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
