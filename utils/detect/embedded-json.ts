// JSON documents inside longer text ("Order context: {...} please help"), found by bracket balance.

/** End (exclusive) of the balanced object/array starting at `start`, or -1; reads at most `limit` units. */
function balancedEnd(s: string, start: number, limit: number): number {
  let depth = 0;
  let inString = false;
  const end = Math.min(s.length, start + limit);
  for (let i = start; i < end; i++) {
    const c = s.charCodeAt(i);
    if (inString) {
      if (c === 92) i++;
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 123 || c === 91) depth++;
    else if (c === 125 || c === 93) {
      if (--depth === 0) return i + 1;
      if (depth < 0) return -1;
    }
  }
  return -1;
}

export interface JsonSpan {
  start: number;
  end: number;
}

const START = /[{[]\s*["{[]/g;

/**
 * Up to `maxSpans` balanced `{"…}` / `[{…]` / `["…]` spans in the text (not validated: the JSON
 * scanner does that); `limit` bounds the characters read per attempt, so the search stays linear.
 */
export function findJsonSpans(s: string, maxSpans = 4, limit = 1 << 20): JsonSpan[] {
  const out: JsonSpan[] = [];
  START.lastIndex = 0;
  let attempts = 0;
  for (let m = START.exec(s); m && out.length < maxSpans && attempts < maxSpans * 4; m = START.exec(s)) {
    attempts++;
    const end = balancedEnd(s, m.index, limit);
    if (end === -1) continue;
    if (m.index > 0 || end < s.length) out.push({ start: m.index, end });
    START.lastIndex = end;
  }
  return out;
}
