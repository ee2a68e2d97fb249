// Pairs a page-hook event with its webRequest event: same tab and frame, method, URL, close in time.

/** How far apart (ms) the two sides of one request may be observed. */
export const JOIN_WINDOW_MS = 10_000;

/** The URL as webRequest reports it: no fragment, ws(s) reported as the http(s) handshake. */
export function normaliseUrl(url: string): string {
  try {
    const u = new URL(url);
    u.hash = '';
    return u.href;
  } catch {
    return url;
  }
}

export function joinKey(tabId: number, frameId: number, method: string, url: string): string {
  const u = normaliseUrl(url).replace(/^ws(s?):/, 'http$1:');
  return `${tabId}|${frameId}|${method.toUpperCase()}|${u}`;
}

interface Candidate {
  startedAt: number;
  body?: { text?: string; base64?: string };
}

/**
 * The open row to join with: within the window, preferring one whose body matches, then the
 * earliest (both sides see a burst of identical calls in the same order).
 */
export function pickCandidate<T extends Candidate>(rows: T[], time: number, body?: { text?: string; base64?: string }): T | undefined {
  const near = rows.filter((r) => Math.abs(r.startedAt - time) <= JOIN_WINDOW_MS).sort((a, b) => a.startedAt - b.startedAt);
  const same = (r: T) =>
    body !== undefined && r.body !== undefined &&
    ((body.text !== undefined && body.text === r.body.text) || (body.base64 !== undefined && body.base64 === r.body.base64));
  return near.find(same) ?? near[0];
}
