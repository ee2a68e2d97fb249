import type { BodyRecord } from './body';
import type { RequestRow } from './db';

// How the two sides of a request combine into one row.

/** webRequest resource types the page hook can also report (so the row waits for its partner). */
const HOOK_TYPES = new Set([
  'xmlhttprequest', 'ping', 'beacon', 'websocket', 'image', 'imageset', 'script', 'sub_frame', 'main_frame', 'other',
]);

export function hookSeesType(type: string): boolean {
  return HOOK_TYPES.has(type);
}

const TRANSPORT_OF_TYPE: Record<string, RequestRow['transport']> = {
  ping: 'beacon',
  beacon: 'beacon',
  websocket: 'websocket',
  image: 'image',
  imageset: 'image',
  script: 'script',
  sub_frame: 'iframe',
  main_frame: 'navigation',
};

/** For rows only webRequest saw; fetch and XHR share a type there, so they stay 'other'. */
export function transportOfType(type: string): RequestRow['transport'] {
  return TRANSPORT_OF_TYPE[type] ?? 'other';
}

const usable = (b: BodyRecord | undefined) => b !== undefined && b.status !== 'unreadable' && b.status !== 'empty';

/** The hook's copy is the body as the page passed it; webRequest's fills in when the hook had none. */
export function chooseBody(hook: BodyRecord | undefined, web: BodyRecord | undefined): Pick<RequestRow, 'body' | 'bodySource'> {
  if (usable(hook) || (hook && !usable(web))) return { body: hook, bodySource: 'hook' };
  if (web) return { body: web, bodySource: 'webRequest' };
  return {};
}
