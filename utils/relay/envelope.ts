import { TRANSPORTS, type HookEvent } from '../hook-event';
import { MAX_ID, MAX_PARTS, MAX_TEXT, MAX_URL } from '../hook-limits';

// The relay's check of a request or socket-frame event before it queues it: the fields it reads
// (type, id, URLs, body sizes) and the caps. The full contract is checked once, in the background
// (parseHookEvent); checking it here too cost each page's first request 2–3 ms of the page's main
// thread (the schema library's code and its first run).

const str = (x: unknown, max: number): x is string => typeof x === 'string' && x.length <= max;
const optStr = (x: unknown, max: number) => x === undefined || str(x, max);
const obj = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

function bodyOk(body: unknown): boolean {
  if (!obj(body)) return false;
  if (!optStr(body.text, MAX_TEXT) || !optStr(body.base64, MAX_TEXT)) return false;
  const parts = body.parts;
  return parts === undefined || (Array.isArray(parts) && parts.length <= MAX_PARTS && parts.every((p) => obj(p) && str(p.name, MAX_TEXT) && optStr(p.value, MAX_TEXT)));
}

/** True when `x` has a request or frame event's envelope; the background validates the rest. */
export function hasEventEnvelope(x: unknown): x is HookEvent {
  if (!obj(x) || !str(x.id, MAX_ID) || typeof x.time !== 'number' || !str(x.url, MAX_URL) || !str(x.documentUrl, MAX_URL)) return false;
  if (x.type === 'request') return (TRANSPORTS as readonly unknown[]).includes(x.transport) && (x.body === undefined || bodyOk(x.body));
  return x.type === 'ws-frame' && str(x.socketId, MAX_ID) && bodyOk(x.body);
}
