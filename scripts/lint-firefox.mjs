#!/usr/bin/env node
// Lint the Firefox MV3 build with addons-linter (its Node API; no network access).
//
//   node scripts/lint-firefox.mjs [--rebuild] [dir]
//
// dir defaults to .output/firefox-mv3, which is built first (`wxt build -b firefox --mv3`) when it
// is missing, or always with --rebuild. Prints every error, warning and notice, then a one-line
// summary. Exit code: 0 with no errors (warnings and notices do not fail), 1 with ≥ 1 error,
// 2 when the build or the linter itself failed.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const DEFAULT_DIST = path.join(ROOT, '.output', 'firefox-mv3');

const args = process.argv.slice(2);
const rebuild = args.includes('--rebuild');
const unknown = args.filter((a) => a.startsWith('-') && a !== '--rebuild');
if (unknown.length > 0) {
  console.error(`lint-firefox: unknown option ${unknown.join(' ')}\nusage: node scripts/lint-firefox.mjs [--rebuild] [dir]`);
  process.exit(2);
}
const dirArg = args.find((a) => !a.startsWith('-'));
const dist = dirArg ? path.resolve(dirArg) : DEFAULT_DIST;

function build() {
  console.error('lint-firefox: building .output/firefox-mv3 (wxt build -b firefox --mv3)…');
  const wxt = path.join(ROOT, 'node_modules', '.bin', 'wxt');
  const res = spawnSync(wxt, ['build', '-b', 'firefox', '--mv3'], { cwd: ROOT, encoding: 'utf8' });
  if (res.status !== 0 || !existsSync(path.join(DEFAULT_DIST, 'manifest.json'))) {
    console.error(`lint-firefox: the build failed (exit ${res.status ?? res.signal}).\n${res.stdout ?? ''}${res.stderr ?? ''}`);
    process.exit(2);
  }
}

if (!dirArg && (rebuild || !existsSync(path.join(dist, 'manifest.json')))) build();
if (!existsSync(path.join(dist, 'manifest.json'))) {
  console.error(`lint-firefox: no manifest.json in ${dist}`);
  process.exit(2);
}

/**
 * @typedef {object} LintMessage
 * @property {'error' | 'warning' | 'notice'} _type
 * @property {string} code
 * @property {string} message
 * @property {string} [description]
 * @property {string} [file]
 * @property {number} [line]
 * @property {number} [column]
 */

/** @param {unknown} text */
const oneLine = (text) =>
  String(text ?? '')
    .replace(/<[^>]+>/g, '')
    .replace(/\s+/g, ' ')
    .trim();

/** @param {LintMessage} m */
function where(m) {
  if (!m.file) return '';
  return m.line ? `${m.file}:${m.line}${m.column ? `:${m.column}` : ''}` : m.file;
}

/** @type {{ count: number, summary: { errors: number, warnings: number, notices: number }, errors: LintMessage[], warnings: LintMessage[], notices: LintMessage[] }} */
let result;
try {
  const { default: addonsLinter } = await import('addons-linter');
  const linter = addonsLinter.createInstance({
    config: {
      _: [dist],
      logLevel: 'fatal',
      stack: false,
      pretty: false,
      warningsAsErrors: false,
      metadata: false,
      output: 'none',
      boring: true,
      selfHosted: false,
    },
    runAsBinary: false,
  });
  result = await linter.run();
} catch (err) {
  console.error('lint-firefox: addons-linter failed to run:', err);
  process.exit(2);
}

const relative = path.relative(process.cwd(), dist);
const shown = relative && !relative.startsWith('..') ? relative : dist;
for (const [label, list] of /** @type {const} */ ([
  ['ERROR', result.errors],
  ['WARNING', result.warnings],
  ['NOTICE', result.notices],
])) {
  for (const m of list ?? []) {
    const loc = where(m);
    console.log(`${label.padEnd(7)} ${m.code}${loc ? `  ${loc}` : ''}`);
    console.log(`        ${oneLine(m.message)}`);
    const description = oneLine(m.description);
    if (description && description !== oneLine(m.message)) console.log(`        ${description}`);
  }
}
const { errors = 0, warnings = 0, notices = 0 } = result.summary ?? {};
/** @param {number} n @param {string} word */
const plural = (n, word) => `${n} ${word}${n === 1 ? '' : 's'}`;
console.log(
  `addons-linter (${shown}): ${plural(errors, 'error')}, ${plural(warnings, 'warning')}, ${plural(notices, 'notice')} — ${errors > 0 ? 'FAIL' : 'ok'}`,
);
process.exit(errors > 0 ? 1 : 0);
