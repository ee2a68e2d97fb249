import type { FindingsExport } from './format';
import { validate as generated } from './findings-validator';

// Validates a parsed findings file against docs/findings.schema.json with the validator generated
// ahead of time (no run-time code generation, which MV3's CSP forbids on extension pages).

interface AjvError {
  instancePath: string;
  keyword: string;
  params: Record<string, unknown>;
  message?: string;
}

/** One readable line: where in the file, and what is wrong there. */
function describe(e: AjvError): string {
  const where = e.instancePath ? `at ${e.instancePath}` : 'at the top level';
  if (e.keyword === 'additionalProperties') return `${where}: unexpected field "${String(e.params.additionalProperty)}"`;
  if (e.keyword === 'required') return `${where}: missing field "${String(e.params.missingProperty)}"`;
  if (e.keyword === 'enum') return `${where}: must be one of ${(e.params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}`;
  return `${where}: ${e.message ?? e.keyword}`;
}

export function validateFindingsExport(data: unknown): { ok: true; value: FindingsExport } | { ok: false; errors: string[] } {
  const validate = generated as ((d: unknown) => boolean) & { errors?: AjvError[] | null };
  if (validate(data)) return { ok: true, value: data as FindingsExport };
  return { ok: false, errors: (validate.errors ?? []).map(describe) };
}
