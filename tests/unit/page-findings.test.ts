import { describe, expect, it } from 'vitest';
import { exposureFinding, integrationFinding } from '@/utils/page-findings';

describe('findings about what a page loads and shows', () => {
  it.each([
    ['api-key', 'critical', 'GDPR Art. 32'],
    ['dialogflow-token', 'high', 'GDPR Art. 32'],
    ['system-prompt', 'high', 'OWASP LLM07:2025'],
  ] as const)('an exposed %s is %s and cites %s', (kind, severity, ref) => {
    const f = exposureFinding({ kind, where: 'inline script 1, key x', preview: 'sk-proj-***Z6' }, 'https://shop.example/checkout/');
    expect(f).toMatchObject({ kind: 'page-exposure', severity, destination: { host: 'shop.example' } });
    expect(f.compliance).toContain(ref);
  });

  it('an AI widget loader on the page is a low "AI integration present" finding, keyed without the query', () => {
    const a = integrationFinding({ entryId: 'tidio', vendor: 'Tidio', kind: 'loader', evidence: 'https://code.tidio.co/abc.js?v=1' });
    const b = integrationFinding({ entryId: 'tidio', vendor: 'Tidio', kind: 'loader', evidence: 'https://code.tidio.co/abc.js?v=2' });
    expect(a).toMatchObject({ kind: 'ai-integration', severity: 'low', destination: { host: 'code.tidio.co', vendor: 'Tidio' } });
    expect(a.key).toBe(b.key);
  });
});
