import type { FindingRow, LeakscopeDB, SessionRow, VisitRow } from '@/utils/db';
import type { PageType } from '@/utils/wc/page-type';

// Builders for sessions, visits and findings as detection stores them (shared by the session and export tests).

export const STORE = 'http://store.test';

export function session(over: Partial<SessionRow> = {}): SessionRow {
  return { id: 'A', name: 'Before update', startedAt: Date.UTC(2025, 5, 3, 10), endedAt: Date.UTC(2025, 5, 3, 11), implicit: false, ...over };
}

export function visit(over: Partial<VisitRow> = {}, page: PageType = { kind: 'checkout', variant: 'classic' }): VisitRow {
  return {
    id: 'v1', sessionId: 'A', tabId: 1, url: `${STORE}/checkout/`, origin: STORE, startedAt: Date.UTC(2025, 5, 3, 10, 1), spaNavigations: [],
    page: { page, isWordPress: true, isWooCommerce: true, evidence: ['body:woocommerce'], pageEvidence: ['body:woocommerce-checkout'] },
    ...over,
  };
}

export function finding(over: Partial<FindingRow> = {}): FindingRow {
  const visitId = over.visitId ?? 'v1';
  const key = over.key ?? 'api.openai.com|plugin:ai-chat|email';
  return {
    id: `${visitId}|${key}`, key, visitId, sessionId: 'A', kind: 'ai-data-transfer', dataCategory: 'email',
    destination: { kind: 'catalogued', host: 'api.openai.com', vendor: 'OpenAI', entryId: 'openai', serviceCategory: 'llm-api', country: 'US' },
    source: {
      url: `${STORE}/wp-content/plugins/ai-chat/chat.js?ver=1.2`, method: 'stack',
      component: { kind: 'plugin', slug: 'ai-chat', version: '1.2', how: 'stack' },
    },
    transport: 'fetch', transports: ['fetch'], severity: 'high', confidence: 'high',
    compliance: ['GDPR Art. 44', 'GDPR Art. 5(1)(c)'], remediation: 'Send the shopper\'s email only after consent.',
    evidence: [{ category: 'email', chain: ['json:$.messages[0].content'], path: '$.messages[0].content', preview: 'j***@e***.com', hash: '0123456789abcdef' }],
    partial: false, consent: { cmp: 'cookieyes', state: 'not-given' },
    count: 2, firstSeen: Date.UTC(2025, 5, 3, 10, 2), lastSeen: Date.UTC(2025, 5, 3, 10, 3), requestIds: ['r1', 'r2'],
    ...over,
  };
}

export async function fill(db: LeakscopeDB, rows: { sessions?: SessionRow[]; visits?: VisitRow[]; findings?: FindingRow[] }) {
  await db.sessions.bulkPut(rows.sessions ?? []);
  await db.visits.bulkPut(rows.visits ?? []);
  await db.findings.bulkPut(rows.findings ?? []);
}
