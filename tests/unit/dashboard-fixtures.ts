import type { FindingRow, MarkerRow, SessionRow, VisitRow } from '@/utils/db';
import type { PageClassification } from '@/utils/wc/page-type';

// Row builders shared by the dashboard tests.

export function finding(over: Partial<FindingRow> & { id: string }): FindingRow {
  return {
    key: over.id, kind: 'ai-data-transfer', dataCategory: 'email', visitId: 'v1', sessionId: 's1',
    destination: { kind: 'catalogued', host: 'api.openai.com', vendor: 'OpenAI', serviceCategory: 'llm-api', country: 'US' },
    source: { url: 'http://store.test/wp-content/plugins/ai-engine/chatbot.js?ver=1.0', method: 'stack', component: { kind: 'plugin', slug: 'ai-engine', version: '1.0', how: 'stack' } },
    transport: 'fetch', transports: ['fetch'], severity: 'critical', confidence: 'high', compliance: ['GDPR Art. 44'],
    remediation: 'Stop sending it.', evidence: [{ category: 'email', chain: ['json:$.q'], preview: 'a***@e***.com', hash: '0123456789abcdef' }],
    partial: false, count: 1, firstSeen: 1000, lastSeen: 1000, requestIds: ['r1'],
    ...over,
  };
}

export function visit(over: Partial<VisitRow> & { id: string }): VisitRow {
  return { sessionId: 's1', tabId: 1, url: 'http://store.test/checkout/', origin: 'http://store.test', startedAt: 1000, spaNavigations: [], ...over };
}

export const checkoutPage: PageClassification = { page: { kind: 'checkout', variant: 'classic' }, isWordPress: true, isWooCommerce: true, evidence: [], pageEvidence: [] };

export function session(over: Partial<SessionRow> & { id: string }): SessionRow {
  return { name: over.id, startedAt: 1000, implicit: false, ...over };
}

export function marker(over: Partial<MarkerRow> & { id: string }): MarkerRow {
  return { sessionId: 's1', time: 1000, label: 'added to cart', ...over };
}
