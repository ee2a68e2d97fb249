// `npm test`: type check, unit tests, both builds, the Firefox lint, then the browser tests.
// Ends with one plain line, "N passed, N failed", and exits non-zero if any step failed.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';

const tmp = '.tmp';
mkdirSync(tmp, { recursive: true });
const totals = { passed: 0, failed: 0, skipped: 0 };
const failedSteps = [];

function run(name, cmd, args, env = {}) {
  console.log(`\n▶ ${name}: ${cmd} ${args.join(' ')}`);
  const started = Date.now();
  const result = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  const ok = result.status === 0;
  console.log(`${ok ? '✔' : '✘'} ${name} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  if (!ok) failedSteps.push(name);
  return ok;
}

/** Runs a Vitest suite and adds its counts (from the JSON reporter) to the totals. */
function vitest(name, config) {
  const out = `${tmp}/${name}.json`;
  const args = ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${out}`];
  if (config) args.push('--config', config);
  const ok = run(name, 'npx', args);
  if (existsSync(out)) {
    const report = JSON.parse(readFileSync(out, 'utf8'));
    totals.passed += report.numPassedTests;
    totals.failed += report.numFailedTests;
    totals.skipped += report.numPendingTests + (report.numTodoTests ?? 0);
  } else if (!ok) totals.failed += 1;
  return ok;
}

const step = (name, cmd, args) => {
  const ok = run(name, cmd, args);
  totals[ok ? 'passed' : 'failed'] += 1;
  return ok;
};

step('typecheck', 'npx', ['tsc', '--noEmit']);
vitest('unit');
const built = step('build chrome-mv3', 'npx', ['wxt', 'build']) && step('build firefox-mv3', 'npx', ['wxt', 'build', '-b', 'firefox', '--mv3']);
if (built) {
  step('addons-linter (firefox-mv3)', 'node', ['scripts/lint-firefox.mjs']);
  process.env.LEAKSCOPE_SKIP_BUILD = '1';
  vitest('e2e', 'vitest.e2e.config.ts');
}

console.log(`\n${failedSteps.length ? `Failed steps: ${failedSteps.join(', ')}` : 'All steps passed.'}`);
console.log(`${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(failedSteps.length || totals.failed ? 1 : 0);
