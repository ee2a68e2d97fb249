// Pairs a page-hook event with its webRequest event: same tab and frame, method, URL, close in time.

/** How far apart (ms) the two sides of one request may be observed. */
export const JOIN_WINDOW_MS = 10_000;

/** What stands for a URL's user name and password wherever a URL is stored. */
export const USERINFO_MASK = '***';

/** For text no URL parser takes: anything between `scheme://` and an `@` before the path. */
const looseUserinfo = (url: string): string => url.replace(/^([a-z][a-z0-9+.-]*:\/\/)[^/?#]*@/i, `$1${USERINFO_MASK}@`);

/**
 * The URL without the password or user name written into it (`https://user:pass@host/`): they
 * become `***@`, so a row still shows that credentials were there, never what they were.
 */
export function maskUserinfo(url: string): string {
  if (!url.includes('@')) return url;
  try {
    const u = new URL(url);
    if (!u.username && !u.password) return url;
    u.username = USERINFO_MASK;
    u.password = '';
    return u.href;
  } catch {
    return looseUserinfo(url);
  }
}

function parsed(url: string, userinfo: 'mask' | 'drop'): string {
  try {
    const u = new URL(url);
    u.hash = '';
    if (u.username || u.password) {
      u.username = userinfo === 'mask' ? USERINFO_MASK : '';
      u.password = '';
    }
    return u.href;
  } catch {
    return looseUserinfo(url);
  }
}

/**
 * The URL as webRequest reports it: no fragment, ws(s) reported as the http(s) handshake; the
 * user name and password masked, never stored.
 */
export function normaliseUrl(url: string): string {
  return parsed(url, 'mask');
}

/** The URL both sides are joined under: without user info, which a browser may strip from what it sends. */
export function joinUrl(url: string): string {
  return parsed(url, 'drop').replace(/^ws(s?):/, 'http$1:');
}

export function joinKey(tabId: number, frameId: number, method: string, url: string): string {
  return `${tabId}|${frameId}|${method.toUpperCase()}|${joinUrl(url)}`;
}

type Body = { kind?: string; status?: string; text?: string; base64?: string };

/** webRequest gives forms parsed (Chrome: as a dictionary, so out of order), so compare forms by
 * their entries, not their encoding or order. */
function sameForm(a: string, b: string): boolean {
  const entries = (t: string) => JSON.stringify([...new URLSearchParams(t)].map((e) => e.join('=')).sort());
  return entries(a) === entries(b);
}

interface Candidate {
  startedAt: number;
  body?: Body;
}

/** Equal, different, or not comparable (a side has no complete copy in the same form). */
function compareBodies(a: Body | undefined, b: Body | undefined): 'same' | 'different' | 'unknown' {
  if (!a || !b || a.status !== 'ok' || b.status !== 'ok') return 'unknown';
  if (a.text !== undefined && b.text !== undefined) {
    const form = a.kind === 'urlencoded' || b.kind === 'urlencoded';
    return a.text === b.text || (form && sameForm(a.text, b.text)) ? 'same' : 'different';
  }
  if (a.base64 !== undefined && b.base64 !== undefined) return a.base64 === b.base64 ? 'same' : 'different';
  return 'unknown';
}

/**
 * The open row to join with: within the window and never one whose complete body differs
 * (that is another call to the same URL), preferring an equal body, then the earliest (both
 * sides see a burst of identical calls in the same order).
 */
export function pickCandidate<T extends Candidate>(rows: T[], time: number, body?: Body): T | undefined {
  const near = rows
    .filter((r) => Math.abs(r.startedAt - time) <= JOIN_WINDOW_MS && compareBodies(r.body, body) !== 'different')
    .sort((a, b) => a.startedAt - b.startedAt);
  return near.find((r) => compareBodies(r.body, body) === 'same') ?? near[0];
}
