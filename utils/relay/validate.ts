import { parseHookEvent, type HookEvent } from '../hook-event';

// One channel message from the page → the events that pass the contract, and how many did not.

export interface Validated {
  events: HookEvent[];
  invalid: number;
}

export function validateBatch(detail: unknown): Validated {
  if (typeof detail !== 'string') return { events: [], invalid: 1 };
  let batch: unknown;
  try {
    batch = JSON.parse(detail);
  } catch {
    return { events: [], invalid: 1 };
  }
  const list = (batch as { events?: unknown } | null)?.events;
  if (!Array.isArray(list)) return { events: [], invalid: 1 };
  const events: HookEvent[] = [];
  let invalid = 0;
  for (const item of list) {
    const event = parseHookEvent(item);
    if (event) events.push(event);
    else invalid++;
  }
  return { events, invalid };
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
