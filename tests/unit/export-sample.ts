import type { FindingsExport } from '@/utils/export';

// A small valid findings export (format 1.0.0), as a fresh object each call so tests may change it.

export function sampleExport(): FindingsExport {
  return {
    formatVersion: '1.0.0',
    provenance: {
      tool: { name: 'Leakscope', version: '0.1.0' }, browser: { name: 'Chromium', version: '140.0' }, exportedAt: '2025-06-04T09:00:00.000Z',
      session: { id: 'A', name: 'Before update', kind: 'qa', startedAt: '2025-06-03T10:00:00.000Z', endedAt: '2025-06-03T11:00:00.000Z' },
      redaction: { mode: 'redacted', rawValuesIncluded: false },
      settings: { monitoredOrigins: [{ origin: 'http://store.test', includeSubdomains: false }], storeHosts: [], sovereignEndpoints: [], customDestinations: [], canaryProfileSet: false, bodyCapBytes: 1048576 },
    },
    visits: [{
      id: 'v1', url: 'http://store.test/checkout/', origin: 'http://store.test', pageType: 'checkout', page: { kind: 'checkout', variant: 'classic' },
      isWordPress: true, isWooCommerce: true, wcVersion: null, pageEvidence: ['body:woocommerce-checkout'], startedAt: '2025-06-03T10:01:00.000Z',
      spaNavigations: [], nonAiSeedFlows: 0,
    }],
    markers: [{ visitId: 'v1', time: '2025-06-03T10:01:30.000Z', label: 'added to cart' }],
    findings: [{
      id: 'v1|api.openai.com|plugin:ai-chat|email', visitId: 'v1', identity: 'OpenAI | plugin:ai-chat | email | checkout', kind: 'ai-data-transfer',
      dataCategory: 'email', severity: 'high', confidence: 'high',
      destination: { kind: 'catalogued', host: 'api.openai.com', vendor: 'OpenAI', catalogEntry: 'openai', serviceCategory: 'llm-api', country: 'US', region: null, eeaEntity: null, plugins: [] },
      source: { url: 'http://store.test/wp-content/plugins/ai-chat/chat.js?ver=1.2', method: 'stack', component: { kind: 'plugin', slug: 'ai-chat', version: '1.2', vendor: null, how: 'stack' } },
      transport: 'fetch', transports: ['fetch'], consent: { cmp: null, state: 'unknown' }, compliance: ['GDPR Art. 44'], remediation: 'Ask first.',
      evidence: [{ category: 'email', chain: ['json:$.q'], path: '$.q', preview: 'j***@e***.com', hash: '0123456789abcdef' }],
      partial: false, firstSeen: '2025-06-03T10:02:00.000Z', lastSeen: '2025-06-03T10:03:00.000Z', count: 2,
    }],
    exposures: [],
    summary: {
      findings: 1, occurrences: 2, bySeverity: { critical: 0, high: 1, medium: 0, low: 0, info: 0 },
      byVendor: [{ vendor: 'OpenAI', hosts: ['api.openai.com'], countries: ['US'], serviceCategories: ['llm-api'], dataCategories: ['email'], components: ['plugin:ai-chat'], pages: 1, findings: 1, occurrences: 2, worstSeverity: 'high', firstSeen: '2025-06-03T10:02:00.000Z' }],
      byPlugin: [{ component: 'plugin:ai-chat', kind: 'plugin', slug: 'ai-chat', versions: ['1.2'], vendors: ['OpenAI'], dataCategories: ['email'], pages: 1, findings: 1, occurrences: 2, worstSeverity: 'high', firstSeen: '2025-06-03T10:02:00.000Z' }],
    },
  };
}
