import { budgetOf, Work } from './budget';
import { JsonNode } from './chain';
import { RawJson } from './json-raw';
import { detectorMatch, seedMatch } from './resolve';
import { RequestFields, ScanContext } from './scan-context';
import { SeedIndex } from './seed-index';

// V8 drops optimised code that checks an object shape once no object of that shape is alive: a class
// instance's shape, or one reached by adding a property later, is held only by its objects. Between two
// requests nothing holds a Work, ScanContext, RequestFields, RawJson, JsonNode or match, so every full
// GC there threw away the optimised matcher loops and about 25 other functions ("weak objects" in
// --trace-deopt), and the next requests ran unoptimised until they were compiled again. One idle object
// of each, kept for the module's life, prevents it.

let kept: unknown[] | null = null;

/** Builds the idle instances once (an empty seed index: no shopper's seeds are kept alive). */
export function keepShapes(): void {
  if (kept) return;
  const work = new Work(budgetOf());
  const ctx = new ScanContext(new SeedIndex(), work, new RequestFields({ url: '', method: 'GET' }));
  const node = new JsonNode(null, { up: null, key: 'k' });
  void node.path;
  kept = [work, ctx, new RawJson(ctx, '', null, 0), node];
  // Matches gain optional fields one by one: one idle match per combination (dummy values).
  for (let bits = 0; bits < 8; bits++) {
    kept.push(seedMatch('email', 'profile', [], '', bits & 1 ? 's' : undefined, bits & 2 ? '$' : undefined, (bits & 4) !== 0));
    if (bits < 4) kept.push(detectorMatch('iban', [], '', bits & 1 ? '$' : undefined, bits & 2 ? 'd' : undefined));
  }
}
