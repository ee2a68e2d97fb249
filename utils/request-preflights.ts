import type { RequestRow } from './db';
import { JOIN_WINDOW_MS } from './join-key';

// CORS preflights: the browser's own OPTIONS request before a cross-origin call, seen by webRequest
// only. They stay in the database (they show what reached a host first) but in the request table
// they are folded into the call they precede, which only carries a "preflight" tag.

type Row = Pick<RequestRow, 'id' | 'tabId' | 'frameId' | 'url' | 'method' | 'seenBy' | 'resourceType' | 'requestHeaders' | 'startedAt'>;

/**
 * The browser's preflight: OPTIONS with an Access-Control-Request-Method header (a page cannot set
 * that header itself), or, before webRequest's headers arrive, an OPTIONS of type "other" that
 * only webRequest saw.
 */
export function isPreflight(row: Row): boolean {
  if (row.method !== 'OPTIONS') return false;
  if (row.requestHeaders) return row.requestHeaders.some(([name]) => name.toLowerCase() === 'access-control-request-method');
  return row.seenBy === 'webRequest' && row.resourceType === 'other';
}

export interface FoldedRequests<T extends Row> {
  /** The rows to list: every row but the preflights folded into their call. */
  rows: T[];
  /** Call row id → the preflight sent before it. */
  preflightOf: Map<string, T>;
  /** Every preflight, folded or not. */
  preflights: number;
}

/**
 * Folds each preflight into the call to the same URL from the same frame nearest to it in time
 * (the hook may date the call a little before the browser sends the preflight); a preflight with
 * no such call (it failed, so the call never went) stays listed.
 */
export function foldPreflights<T extends Row>(rows: readonly T[]): FoldedRequests<T> {
  const calls = new Map<string, T[]>();
  const key = (r: Row) => `${r.tabId}|${r.frameId}|${r.url}`;
  const preflights: T[] = [];
  for (const row of rows) {
    if (isPreflight(row)) preflights.push(row);
    else if (row.method !== 'OPTIONS') {
      const same = calls.get(key(row));
      if (same) same.push(row);
      else calls.set(key(row), [row]);
    }
  }
  const preflightOf = new Map<string, T>();
  const folded = new Set<string>();
  for (const pre of preflights) {
    let best: T | undefined;
    for (const call of calls.get(key(pre)) ?? []) {
      const gap = Math.abs(call.startedAt - pre.startedAt);
      if (gap > JOIN_WINDOW_MS || preflightOf.has(call.id)) continue;
      if (!best || gap < Math.abs(best.startedAt - pre.startedAt)) best = call;
    }
    if (!best) continue;
    preflightOf.set(best.id, pre);
    folded.add(pre.id);
  }
  return { rows: rows.filter((r) => !folded.has(r.id)), preflightOf, preflights: preflights.length };
}
