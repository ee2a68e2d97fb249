import type { BaselinePass } from './baseline';
import type { Score } from './score';

// Prints one corpus' figures.

const pct = (a: number, b: number) => (b === 0 ? 'n/a' : `${((100 * a) / b).toFixed(2)} %`);

function quantile(sorted: number[], q: number): number {
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * q))]! : 0;
}

const mbps = (bytes: number, ms: number) => bytes / 1e6 / (ms / 1000);

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[s.length >> 1]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
}

export function report(title: string, run: { scores: Score[]; baselines: BaselinePass[] }): { minRecall: number; precision: number; decoyHits: number } {
  const passes = run.scores;
  const score = passes[passes.length - 1]!;
  const lines: string[] = [`\n== ${title} ==`];
  const warm: { engine: number; ratio: number; p99: number }[] = [];
  for (const [i, p] of passes.entries()) {
    const ms = p.times.reduce((a, b) => a + b, 0);
    const small = [...p.smallTimes].sort((a, b) => a - b);
    const base = run.baselines[i]!;
    const engine = mbps(p.bytes, ms);
    const baseline = mbps(base.bytes, base.ms);
    lines.push(
      `${i === 0 ? 'first pass (cold JIT)' : `pass ${i + 1} (warm)`.padEnd(21)}: ${(p.bytes / 1e6).toFixed(2)} MB in ${p.requests} requests, ` +
        `${engine.toFixed(1)} MB/s, ${(p.requests / (ms / 1000)).toFixed(0)} requests/s, ` +
        `p50 ${quantile(small, 0.5).toFixed(3)} ms, p99 ${quantile(small, 0.99).toFixed(3)} ms (requests ≤ 64 KB), max ${Math.max(...p.times).toFixed(1)} ms`,
      `${''.padEnd(23)}baseline (lower-case read) ${baseline.toFixed(1)} MB/s; engine / baseline = ${(engine / baseline).toFixed(3)}`,
    );
    if (i > 0 || passes.length === 1) warm.push({ engine, ratio: engine / baseline, p99: quantile(small, 0.99) });
  }
  lines.push(
    `${passes.length === 1 ? 'the only pass (cold JIT)' : `median of ${warm.length} warm pass(es)`}: ${median(warm.map((w) => w.engine)).toFixed(1)} MB/s ` +
      `(passes ${Math.min(...warm.map((w) => w.engine)).toFixed(1)}–${Math.max(...warm.map((w) => w.engine)).toFixed(1)}), ` +
      `engine / baseline = ${median(warm.map((w) => w.ratio)).toFixed(3)}, p99 ${median(warm.map((w) => w.p99)).toFixed(3)} ms (requests ≤ 64 KB)`,
  );
  lines.push('recall by encoding label:');
  let minRecall = 1;
  for (const [enc, { found, total }] of [...score.byLabel].sort((a, b) => a[0].localeCompare(b[0]))) {
    minRecall = Math.min(minRecall, found / total);
    lines.push(`  ${enc.padEnd(24)} ${String(found).padStart(5)} / ${String(total).padEnd(5)} ${pct(found, total)}`);
  }
  const precision = score.truePositives / Math.max(1, score.truePositives + score.falsePositives);
  lines.push(`precision (seed leaks): ${pct(score.truePositives, score.truePositives + score.falsePositives)} (${score.truePositives} true, ${score.falsePositives} false)`);
  lines.push(`decoy requests with a match: ${score.decoyHits} / ${score.decoyRequests}`);
  if (score.detectorsExpected) lines.push(`detectors: ${score.detectorsFound} / ${score.detectorsExpected} found, ${score.detectorFalseAlarms} false alarms on public keys / non-cards`);
  lines.push(`partially scanned requests: ${score.partial}`);
  if (score.misses.length) lines.push('first misses:', ...score.misses.slice(0, 10).map((m) => `  ${m}`));
  if (score.extras.length) lines.push('first false positives:', ...score.extras.slice(0, 10).map((m) => `  ${m}`));
  console.log(lines.join('\n'));
  return { minRecall, precision, decoyHits: score.decoyHits };
}
