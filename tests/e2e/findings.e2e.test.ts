// A fixture plugin's leak to an AI host ends up as a stored finding with the right vendor, data
// category and severity — and the stored finding holds no raw customer value.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FindingRow, VisitRow } from '@/utils/db';
import { readTable, waitFor } from '../harness/browser.mjs';
import { STORE } from '../harness/hosts.mjs';
import { startSession, type Session } from '../harness/session.mjs';

const PRODUCT = `${STORE}/product/hoodie-with-logo/`;
const EMAIL = 'alice.customer@example.com';
let s: Session;
let findings: FindingRow[];
let visit: VisitRow;

beforeAll(async () => {
  s = await startSession();
  const page = await s.ctx.newPage();
  await page.goto(PRODUCT);
  visit = (await waitFor(async () => ((await readTable(s.ext, 'visits')) as VisitRow[]).find((v) => v.url === PRODUCT) ?? null))!;
  // ai-engine's chatbot.js sends the shopper's email and a system prompt to api.openai.com.
  findings = (await waitFor(async () => {
    const all = ((await readTable(s.ext, 'findings')) as FindingRow[]).filter((f) => f.visitId === visit.id);
    return all.some((f) => f.dataCategory === 'email-address') && all.some((f) => f.dataCategory === 'system-prompt') ? all : null;
  }, { timeoutMs: 15_000, message: 'email and system-prompt findings on the product visit' }))!;
}, 60_000);

afterAll(async () => {
  await s?.close();
});

describe('findings (Chromium)', () => {
  it('the email sent by the ai-engine chatbot to OpenAI is a critical finding', () => {
    const f = findings.find((x) => x.dataCategory === 'email-address' && x.source.url?.includes('/plugins/ai-engine/chatbot.js'));
    expect(f).toMatchObject({
      kind: 'ai-data-transfer', severity: 'critical', transports: ['fetch'],
      destination: { host: 'api.openai.com', vendor: expect.stringMatching(/OpenAI/) },
    });
    expect(f!.compliance.some((c) => c.startsWith('GDPR Art. 44'))).toBe(true);
  });

  it('the system prompt the chatbot sends from the browser is a finding of its own', () => {
    expect(findings.find((x) => x.dataCategory === 'system-prompt')).toMatchObject({ severity: 'high' });
  });

  it('the cart shown on the cart page becomes seeds, and the chat widget sending its SKUs to Anthropic is a high cart finding', async () => {
    const page = await s.ctx.newPage();
    await page.goto(`${STORE}/cart/`);
    const cart = (await waitFor(async () => {
      const all = (await readTable(s.ext, 'findings')) as FindingRow[];
      return all.find((f) => f.dataCategory === 'cart-sku') ?? null;
    }, { timeoutMs: 15_000, message: 'a cart-sku finding' }))!;
    expect(cart).toMatchObject({ severity: 'high', destination: { host: 'api.anthropic.com' } });
    expect(cart.source.url).toContain('widget.chatvendor.test/static/widget.js');
  });

  it('no finding holds the raw email', () => {
    expect(JSON.stringify(findings)).not.toContain(EMAIL);
  });
});
