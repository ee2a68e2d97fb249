import * as v from 'valibot';
import type { PageFacts } from './attribution/inventory';

// What the top frame reports it loads (scripts, iframes, globals, inline script text), bounded.

const Url = v.pipe(v.string(), v.maxLength(4096));
const Schema = v.object({
  scripts: v.pipe(v.array(Url), v.maxLength(500)),
  iframes: v.pipe(v.array(Url), v.maxLength(200)),
  globals: v.pipe(v.array(v.pipe(v.string(), v.maxLength(200))), v.maxLength(5000)),
  inlineScriptSnippets: v.optional(v.pipe(v.array(v.pipe(v.string(), v.maxLength(100_000))), v.maxLength(200))),
});

export interface InventoryMessage {
  type: 'inventory';
  facts: PageFacts;
}

export const parseInventoryFacts = (input: unknown): PageFacts | null => {
  const r = v.safeParse(Schema, input);
  return r.success ? r.output : null;
};

/** Reads the facts from a document with a bounded number of queries (content script side). */
export function collectInventoryFacts(doc: Document, globals: readonly string[]): PageFacts {
  const scripts: string[] = [];
  const inline: string[] = [];
  for (const s of Array.from(doc.scripts).slice(0, 700)) {
    if (s.src) scripts.length < 500 && scripts.push(s.src);
    else if (inline.length < 200 && s.text) inline.push(s.text.slice(0, 100_000));
  }
  const iframes = Array.from(doc.querySelectorAll('iframe[src]')).slice(0, 200).map((f) => (f as HTMLIFrameElement).src).filter(Boolean);
  return { scripts, iframes, globals: globals.slice(0, 5000), inlineScriptSnippets: inline };
}
