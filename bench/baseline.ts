import type { CorpusRecord } from './score';

// The cheapest possible full read of a request, run over the same records in the same process as the
// engine: every URL, header and body lower-cased (as the matcher folds them) and the result kept, so
// nothing is optimised away. Engine speed is reported as a ratio to this, which varies far less with the
// machine and its load than MB/s do.

export interface BaselinePass {
  bytes: number;
  ms: number;
}

/** Written on every read (a module variable), so the work cannot be optimised away. */
let sink = 0;

function read(text: string): void {
  const lower = text.toLowerCase();
  sink = (sink + lower.length + lower.charCodeAt(lower.length >> 1)) | 0;
}

/** One timed pass over the records (each timed alone, like the engine). */
function pass(records: CorpusRecord[]): BaselinePass {
  let bytes = 0;
  let ms = 0;
  for (const r of records) {
    const t0 = performance.now();
    read(r.url);
    for (const [, value] of r.headers ?? []) read(value);
    for (const p of r.protocols ?? []) read(p);
    if (r.body) read(r.body);
    if (r.body_base64) read(Buffer.from(r.body_base64, 'base64').toString('latin1'));
    ms += performance.now() - t0;
    bytes += r.url.length + (r.body?.length ?? 0) + Math.floor(((r.body_base64?.length ?? 0) * 3) / 4);
  }
  return { bytes, ms };
}

/** The fastest of a few passes: the baseline is short, so one pass would be at the mercy of a single hiccup. */
export function baselinePass(records: CorpusRecord[], repeats = 3): BaselinePass {
  let best = pass(records);
  for (let i = 1; i < repeats; i++) {
    const p = pass(records);
    if (p.ms < best.ms) best = p;
  }
  return best;
}
