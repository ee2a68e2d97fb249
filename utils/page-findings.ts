import type { AiIntegration } from './attribution/ai-integrations';
import type { Exposure } from './attribution/exposures';
import type { FindingDraft } from './finding';

// Findings about what a page loads and shows, before any data is seen to leave: an AI integration
// present (low), and keys, tokens or system prompts exposed in the page (critical / high).

const noQuery = (u: string) => u.split(/[?#]/)[0]!;

export function integrationFinding(i: AiIntegration): FindingDraft {
  return {
    key: `integration|${i.entryId}|${noQuery(i.evidence)}`, kind: 'ai-integration', dataCategory: 'none',
    destination: { kind: 'catalogued', host: i.evidence.startsWith('window.') ? '' : hostOf(i.evidence), vendor: i.vendor, entryId: i.entryId, ...(i.plugin ? { plugins: [i.plugin] } : {}) },
    source: { url: i.evidence, method: i.kind }, transport: 'page', severity: 'low', confidence: 'high',
    compliance: ['NIST AI RMF MAP 4.1'], remediation: 'Check that this AI integration is wanted and listed in the store\'s records of processing.',
    evidence: [], partial: false,
  };
}

const EXPOSURE = {
  'api-key': { category: 'api-key', severity: 'critical', refs: ['GDPR Art. 32', 'OWASP LLM02:2025'], fix: 'Remove the key from the page, revoke it, and call the AI service from the server.' },
  'dialogflow-token': { category: 'api-key', severity: 'high', refs: ['GDPR Art. 32', 'OWASP LLM02:2025'], fix: 'Remove the client token from the page and rotate it.' },
  'system-prompt': { category: 'system-prompt', severity: 'high', refs: ['OWASP LLM07:2025'], fix: 'Keep the system prompt on the server; send only the shopper\'s message from the browser.' },
} as const;

export function exposureFinding(e: Exposure, pageUrl: string): FindingDraft {
  const x = EXPOSURE[e.kind];
  return {
    key: `exposure|${e.kind}|${e.where}`, kind: 'page-exposure', dataCategory: x.category,
    destination: { kind: 'first-party-relay', host: hostOf(pageUrl) }, source: { url: pageUrl, method: 'page' },
    transport: 'page', severity: x.severity, confidence: 'medium', compliance: [...x.refs], remediation: x.fix,
    evidence: [{ category: x.category, chain: [e.where], preview: e.preview, hash: '' }], partial: false,
  };
}

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return '';
  }
}
