import { JsonNode, type ChainNode, type PathStep } from './chain';
import { promptFields } from './detectors/system-prompts';
import { findJsonSpans } from './embedded-json';
import { RawJson } from './json-raw';
import type { ScanContext } from './scan-context';

// JSON documents: scanned in place (json-raw.ts); parsed only to look for system prompts.

/** Scans a text that starts like JSON; false when it is not JSON (the caller treats it as text). */
export function tryJson(ctx: ScanContext, text: string, chain: ChainNode | null, depth: number): boolean {
  const work = ctx.work;
  if (!work.step(text.length)) return false;
  work.counters.bytesScanned += text.length;
  work.depth(depth + 1);
  const raw = new RawJson(ctx, text, chain, depth + 1);
  if (!raw.run()) return false;
  if (raw.promptKeys && work.step(text.length)) {
    try {
      findPrompts(ctx, JSON.parse(text), chain, null, 0);
    } catch {
      // already scanned; a prompt the parser rejects is not reported
    }
  }
  return true;
}

/** JSON objects and arrays inside a longer text ("Order context: {...}"). */
export function scanEmbeddedJson(ctx: ScanContext, text: string, chain: ChainNode | null, depth: number): void {
  if (!ctx.work.step(text.length)) return;
  for (const span of findJsonSpans(text, 4, ctx.work.bytesLeft())) tryJson(ctx, text.slice(span.start, span.end), chain, depth);
}

/** System prompts anywhere in a parsed JSON document (objects only; strings were scanned already). */
function findPrompts(ctx: ScanContext, v: unknown, chain: ChainNode | null, at: PathStep | null, level: number): void {
  if (v === null || typeof v !== 'object' || level > ctx.work.budget.maxJsonDepth) return;
  if (Array.isArray(v)) {
    v.forEach((item, i) => findPrompts(ctx, item, chain, { up: at, key: i }, level + 1));
    return;
  }
  const o = v as Record<string, unknown>;
  for (const f of promptFields(o)) {
    const m = /^messages\[(\d+)\]\.content$/.exec(f.key);
    const step: PathStep = m ? { up: { up: { up: at, key: 'messages' }, key: Number(m[1]) }, key: 'content' } : { up: at, key: f.key };
    ctx.detector('system-prompt', f.text, new JsonNode(chain, step));
  }
  for (const k in o) findPrompts(ctx, o[k], chain, { up: at, key: k }, level + 1);
}
