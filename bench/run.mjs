#!/usr/bin/env node
// Runs a TypeScript entry of bench/ under plain Node: bundles it with rolldown (installed with vite),
// offline, into a temporary ES module, then imports it with the remaining arguments.
//   node bench/run.mjs [bench/engine.ts] [--corpus file.jsonl] [--n 5000] …
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'rolldown';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const entry = args[0]?.endsWith('.ts') ? args.shift() : 'bench/engine.ts';
const dir = mkdtempSync(join(tmpdir(), 'leakscope-bench-'));
const file = join(dir, 'entry.mjs');
try {
  await build({
    input: resolve(root, entry),
    platform: 'node',
    resolve: { alias: { '@': root } },
    output: { file, format: 'esm' },
    logLevel: 'warn',
  });
  process.argv = [process.argv[0], file, ...args];
  const mod = await import(pathToFileURL(file).href);
  if (typeof mod.main === 'function') await mod.main(args);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
