import type { FrameRow, RequestRow, VisitRow } from './db';
import { redactUrl } from './redact-url';

// What stays of a visit and its rows once the raw data goes (a session ends, or the re-analysis
// window passes): URLs with every query value masked, and the session's seed values scrubbed from
// the page's title and classification evidence. Evidence-mode sessions keep everything.

const MASK = '***';
/** Quantities, prices and other very short seeds would mask half the text and identify nobody. */
const MIN_SCRUB = 4;

/** The forms a seed value takes in page text and URLs: as typed, lower case, percent- and form-encoded. */
function forms(values: readonly string[]): string[] {
  const out = new Set<string>();
  for (const raw of values) {
    const v = raw.trim();
    if (v.length < MIN_SCRUB) continue;
    const encoded = encodeURIComponent(v);
    for (const f of [v, encoded, encoded.replace(/%20/g, '+')]) out.add(f.toLowerCase());
  }
  // Longest first, so a full name goes before the last name inside it.
  return [...out].sort((a, b) => b.length - a.length);
}

/** A masker for the values, their forms worked out once (a session's visits share them). */
export function scrubber(values: readonly string[]): (text: string) => string {
  const list = forms(values);
  return (text) => {
    if (list.length === 0) return text;
    let lower = text.toLowerCase();
    // toLowerCase keeps the length of almost all text; where it does not, mask the lower-case copy.
    let out = lower.length === text.length ? text : lower;
    for (const f of list) {
      for (let at = lower.indexOf(f); at !== -1; at = lower.indexOf(f, at + MASK.length)) {
        out = out.slice(0, at) + MASK + out.slice(at + f.length);
        lower = lower.slice(0, at) + MASK + lower.slice(at + f.length);
      }
    }
    return out;
  };
}

/** The text with every (case-insensitive) occurrence of the values masked. */
export function scrubText(text: string, values: readonly string[]): string {
  return scrubber(values)(text);
}

/** The visit's URLs, title and page evidence without customer values. */
export function redactVisitAtRest(visit: VisitRow, scrub: (text: string) => string, now: number): Partial<VisitRow> {
  const changes: Partial<VisitRow> = {
    redactedAt: now,
    url: redactUrl(visit.url),
    spaNavigations: visit.spaNavigations.map((n) => ({ ...n, url: redactUrl(n.url) })),
  };
  if (visit.title !== undefined) changes.title = scrub(visit.title);
  if (visit.page) {
    changes.page = {
      ...visit.page,
      evidence: visit.page.evidence.map(scrub),
      pageEvidence: visit.page.pageEvidence.map(scrub),
    };
  }
  if (visit.inventory) {
    changes.inventory = { ...visit.inventory, components: visit.inventory.components.map((c) => ({ ...c, url: redactUrl(c.url) })) };
  }
  return changes;
}

/** A request row's other URLs (its own is masked by detection): frame, redirects, initiator, join key. */
export function redactRequestUrls(row: RequestRow): Partial<RequestRow> {
  const url = row.maskedUrl ?? redactUrl(row.url);
  const changes: Partial<RequestRow> = { joinKey: `${row.tabId}|${row.frameId}|${row.method}|${redactUrl(url)}` };
  if (row.frameUrl !== undefined) changes.frameUrl = redactUrl(row.frameUrl);
  if (row.redirects) changes.redirects = row.redirects.map(redactUrl);
  if (row.initiator.url !== undefined) changes.initiator = { ...row.initiator, url: redactUrl(row.initiator.url) };
  return changes;
}

/** A WebSocket frame row's URLs. */
export function redactFrameUrls(row: FrameRow): Partial<FrameRow> {
  const changes: Partial<FrameRow> = { url: redactUrl(row.url) };
  if (row.initiator.url !== undefined) changes.initiator = { ...row.initiator, url: redactUrl(row.initiator.url) };
  return changes;
}
