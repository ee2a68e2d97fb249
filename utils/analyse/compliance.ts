import type { FindingKind } from '@/utils/finding';
import { isCustomerData, type DataFamily } from './families';

/**
 * Compliance references of a finding: short, fixed strings so they group and filter well.
 *
 * Why each: Art. 44 for customer data leaving the EEA (worded in transfer.ts); Art. 5(1)(c) data
 * minimisation for customer data; Art. 32 security of processing for secrets and payment data;
 * OWASP LLM02:2025 for sensitive data sent into an LLM application, LLM07:2025 for a system prompt
 * exposed in the page; NIST AI RMF MANAGE 3.1 (third-party AI resources monitored and controlled),
 * MEASURE 2.10 (privacy risk examined) and MAP 4.1 (third-party components mapped).
 */

export const REF = {
  minimisation: 'GDPR Art. 5(1)(c)',
  security: 'GDPR Art. 32',
  llm02: 'OWASP LLM02:2025',
  llm07: 'OWASP LLM07:2025',
  map: 'NIST AI RMF MAP 4.1',
  manage: 'NIST AI RMF MANAGE 3.1',
  privacy: 'NIST AI RMF MEASURE 2.10',
} as const;

export function complianceOf(kind: FindingKind, family: DataFamily | null, art44: string | null): string[] {
  if (kind === 'ai-integration' || kind === 'sovereign-ai' || family === null) return [REF.map];
  if (family === 'system-prompt') return [REF.llm07, REF.manage];
  if (family === 'secret') return [REF.security, REF.llm02, REF.manage];
  const refs: string[] = [];
  if (art44 && isCustomerData(family)) refs.push(art44);
  refs.push(REF.minimisation);
  if (family === 'payment') refs.push(REF.security);
  refs.push(REF.llm02, REF.manage, REF.privacy);
  return refs;
}
