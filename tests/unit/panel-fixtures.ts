import type { FindingRow } from '@/utils/db';

// A finding row for the panel tests; override what the test is about.

export function finding(over: Partial<FindingRow> & { id: string }): FindingRow {
  return {
    key: over.id, kind: 'ai-data-transfer', dataCategory: 'email', visitId: 'v1', sessionId: 's1',
    destination: { kind: 'catalogued', host: 'api.openai.com', vendor: 'OpenAI', serviceCategory: 'llm-api', country: 'US' },
    source: { url: 'http://store.test/wp-content/plugins/ai-engine/chatbot.js?ver=2.1.0', method: 'stack', component: { kind: 'plugin', slug: 'ai-engine', version: '2.1.0', how: 'stack' } },
    transport: 'fetch', transports: ['fetch'], severity: 'critical', confidence: 'high', compliance: ['GDPR Art. 44'],
    remediation: 'Stop sending it.', evidence: [{ category: 'email', chain: ['json:$.messages[1].content', 'base64'], preview: 'a***@e***.com', hash: '0123456789abcdef' }],
    partial: false, count: 1, firstSeen: 1000, lastSeen: 1000, requestIds: ['r1'],
    ...over,
  };
}
