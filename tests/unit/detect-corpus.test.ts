import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeCorpus } from '@/bench/corpus';
import { newScore, scoreRecord, type CorpusRecord, type Score } from '@/bench/score';

// The engine on whole corpora: recall per encoding label, precision and decoys.

const MAKE_CORPUS = resolve(__dirname, '../../../shared/bench/make_corpus.mjs');
const hasShared = existsSync(MAKE_CORPUS);

function score(records: CorpusRecord[]): Score {
  const s = newScore();
  for (const r of records) scoreRecord(s, r);
  return s;
}

function expectTargets(s: Score): void {
  const below = [...s.byLabel].filter(([, v]) => v.found / v.total < 0.99).map(([k, v]) => `${k} ${v.found}/${v.total}`);
  expect(below, s.misses.join('\n')).toEqual([]);
  expect(s.falsePositives, s.extras.join('\n')).toBe(0);
  expect(s.decoyHits).toBe(0);
}

describe('corpora', () => {
  it.skipIf(!hasShared)('reaches 99 % recall for every label of the comparison corpus at n=500 with no decoy match (skipped when ../shared is absent)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'leakscope-corpus-'));
    try {
      const out = join(dir, 'corpus.jsonl');
      const res = spawnSync(process.execPath, [MAKE_CORPUS, '--n', '500', '--seed', '1', '--out', out], { encoding: 'utf8' });
      expect(res.status, res.stderr).toBe(0);
      const records = readFileSync(out, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as CorpusRecord);
      expectTargets(score(records));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);

  it('reaches 99 % recall for every label of Leakscope\'s own corpus with no decoy match and every detector found', () => {
    const s = score(makeCorpus(600, 3));
    expectTargets(s);
    expect(s.detectorsFound).toBe(s.detectorsExpected);
    expect(s.detectorFalseAlarms).toBe(0);
  }, 60_000);
});
