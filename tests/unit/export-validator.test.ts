import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv';
import { describe, expect, it } from 'vitest';
import { validateFindingsExport } from '@/utils/export';
// @ts-expect-error: a plain .mjs script without types
import { generateValidatorSource, OUTPUT_PATH, SCHEMA_PATH } from '../../scripts/gen-findings-validator.mjs';
import { sampleExport } from './export-sample';

const schemaText = readFileSync(SCHEMA_PATH, 'utf8');
const ajvValidate = new Ajv({ strict: true }).compile(JSON.parse(schemaText));

describe('the generated findings validator', () => {
  it('is up to date with docs/findings.schema.json (run `npm run gen:findings-validator` after a schema change)', () => {
    expect(readFileSync(OUTPUT_PATH, 'utf8')).toBe(generateValidatorSource(schemaText));
  });

  it('compiles nothing at run time (MV3 extension pages forbid eval and new Function)', () => {
    const code = readFileSync(join(__dirname, '../../utils/export/findings-validator.ts'), 'utf8');
    expect(code).not.toMatch(/new Function|\beval\(|\brequire\(|^import /m);
  });

  const mutations: [string, (e: any) => void, RegExp][] = [
    ['an unknown field', (e) => (e.findings[0].secret = 'x'), /unexpected field "secret"/],
    ['a missing field', (e) => delete e.provenance.session, /missing field "session"/],
    ['an unknown severity', (e) => (e.findings[0].severity = 'apocalyptic'), /\/findings\/0\/severity: must be one of "critical"/],
    ['a local time', (e) => (e.visits[0].startedAt = '2025-06-03 10:00'), /\/visits\/0\/startedAt/],
    ['a newer major version', (e) => (e.formatVersion = '2.0.0'), /formatVersion/],
    ['a negative count', (e) => (e.findings[0].count = -1), /\/findings\/0\/count/],
    ['not an object', (e) => Object.keys(e).forEach((k) => delete e[k]), /missing field/],
  ];

  it('accepts an export', () => {
    expect(validateFindingsExport(sampleExport())).toMatchObject({ ok: true });
    expect(ajvValidate(sampleExport())).toBe(true);
  });

  it.each(mutations)('rejects %s like Ajv does, saying where', (_name, mutate, message) => {
    const exp = sampleExport();
    mutate(exp);
    const result = validateFindingsExport(exp);
    expect(result.ok).toBe(false);
    expect(ajvValidate(exp)).toBe(false);
    expect(result.ok ? '' : result.errors.join('\n')).toMatch(message);
  });
});
