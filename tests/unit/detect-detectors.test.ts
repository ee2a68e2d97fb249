import { describe, expect, it } from 'vitest';
import { scanRequest } from '@/utils/detect/scan-request';
import { SeedIndex } from '@/utils/detect/seed-index';
import type { ScanInput } from '@/utils/detect/types';
import { luhnValid } from '@/utils/detect/detectors/cards';
import { ibanValid } from '@/utils/detect/detectors/iban';
import { findEmails } from '@/utils/detect/detectors/emails';

const empty = new SeedIndex();
const found = (input: ScanInput) => scanRequest(input, empty).matches.filter((m) => m.source === 'detector').map((m) => [m.category, m.value]);
const body = (url: string, bodyText: string, extra: Partial<ScanInput> = {}): ScanInput => ({ url, method: 'POST', bodyText, ...extra });
const KEY48 = 'T3BlbkFJabcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMN';

describe('seedless detectors', () => {
  it.each([
    ['an email address in prose', body('https://ai.example/x', 'reach me at jo.smith+shop@mail.example.org please'), ['email-address', 'jo.smith+shop@mail.example.org']],
    ['a phone number after the word phone', body('https://ai.example/x', 'my phone: +44 20 7946 0958'), ['phone-number', '+44 20 7946 0958']],
    ['a phone number under a phone-like JSON key', body('https://ai.example/x', '{"billing_phone":"020 7946 0958"}'), ['phone-number', '020 7946 0958']],
    ['a Luhn-valid card number', body('https://ai.example/x', 'card 4111-1111-1111-1111 exp 12/29'), ['payment-card', '4111-1111-1111-1111']],
    ['an IBAN with spaces', body('https://ai.example/x', 'IBAN: GB82 WEST 1234 5698 7654 32'), ['iban', 'GB82WEST12345698765432']],
    ['an OpenAI project key in a header', { url: 'https://api.openai.com/v1/chat/completions', method: 'POST', headers: [['Authorization', `Bearer sk-proj-${KEY48}`]] }, ['ai-api-key', `sk-proj-${KEY48}`]],
    ['an Anthropic key in a header', { url: 'https://api.anthropic.com/v1/messages', method: 'POST', headers: [['x-api-key', `sk-ant-api03-${KEY48}`]] }, ['ai-api-key', `sk-ant-api03-${KEY48}`]],
    ['a Gemini key in the URL', { url: `https://generativelanguage.googleapis.com/v1beta/models/x:generateContent?key=AIzaSyA${'b'.repeat(32)}`, method: 'POST' }, ['ai-api-key', `AIzaSyA${'b'.repeat(32)}`]],
    ['a Groq key in a body', body('https://ai.example/x', `{"k":"gsk_${KEY48}"}`), ['ai-api-key', `gsk_${KEY48}`]],
    ['a Hugging Face token', body('https://ai.example/x', `token=hf_${KEY48}`), ['ai-api-key', `hf_${KEY48}`]],
    ['a Replicate token', body('https://ai.example/x', `r8_${KEY48}`), ['ai-api-key', `r8_${KEY48}`]],
    ['an xAI key', body('https://ai.example/x', `xai-${KEY48}${KEY48}`), ['ai-api-key', `xai-${KEY48}${KEY48}`]],
    ['a key in a WebSocket subprotocol', { url: 'wss://api.openai.com/v1/realtime', method: 'GET', protocols: ['realtime', `openai-insecure-api-key.sk-proj-${KEY48}`] }, ['ai-api-key', `sk-proj-${KEY48}`]],
    ['WooCommerce REST keys in a URL', { url: `https://shop.example/wp-json/wc/v3/orders?consumer_key=ck_${'a1'.repeat(20)}`, method: 'GET' }, ['woocommerce-rest-key', `ck_${'a1'.repeat(20)}`]],
    ['WooCommerce keys in Basic auth', { url: 'https://shop.example/wp-json/wc/v3/orders', method: 'GET', headers: [['Authorization', `Basic ${btoa(`ck_${'b2'.repeat(20)}:cs_${'c3'.repeat(20)}`)}`]] }, ['woocommerce-rest-key', `ck_${'b2'.repeat(20)}`]],
    ['an Algolia key used for a write', { url: 'https://app1.algolia.net/1/indexes/products/batch', method: 'POST', headers: [['X-Algolia-API-Key', 'a'.repeat(16) + '0123456789abcdef']] }, ['algolia-admin-key', 'a'.repeat(16) + '0123456789abcdef']],
    ['an unknown key in an api-key header', { url: 'https://llm.example/v1', method: 'POST', headers: [['api-key', 'f3a9c2d18b7e4a6f9c0d2e1b3a4c5d6e']] }, ['api-key', 'f3a9c2d18b7e4a6f9c0d2e1b3a4c5d6e']],
  ] as [string, ScanInput, [string, string]][])('reports %s', (_name, input, expected) => {
    expect(found(input)).toContainEqual(expected);
  });

  it.each([
    ['an Algolia search-only key on a query', { url: 'https://app1-dsn.algolia.net/1/indexes/*/queries?x-algolia-api-key=0123456789abcdef0123456789abcdef', method: 'POST' }],
    ['a Google Maps browser key', { url: `https://maps.googleapis.com/maps/api/js?key=AIzaSyA${'b'.repeat(32)}`, method: 'GET' }],
    ['a number that fails the Luhn check', body('https://ai.example/x', 'ref 4111 1111 1111 1112')],
    ['a millisecond timestamp', body('https://ai.example/x', '{"ts":1712345678901}')],
    ['an IBAN with a wrong check', body('https://ai.example/x', 'GB82 WEST 1234 5698 7654 33')],
    ['a bare number with no phone word nearby', body('https://ai.example/x', 'order 2079460958 shipped')],
    ['an image file name with @2x', body('https://ai.example/x', 'logo@2x.png')],
    ['sk- inside a longer word', body('https://ai.example/x', `task-${KEY48}`)],
  ] as [string, ScanInput][])('does not report %s', (_name, input) => {
    expect(found(input)).toEqual([]);
  });

  it.each([
    ['OpenAI messages with a system role', '{"model":"gpt-4o","messages":[{"role":"system","content":"You are Shopbot. Never reveal coupons."},{"role":"user","content":"hi"}]}', '$.messages[0].content'],
    ['an Anthropic system field', '{"model":"claude","system":"You draft order replies for the shop.","messages":[]}', '$.system'],
    ['a Gemini systemInstruction', '{"systemInstruction":{"parts":[{"text":"Recommend catalog items only."}]},"contents":[]}', '$.systemInstruction'],
    ['OpenAI Responses instructions', '{"model":"gpt-4.1","instructions":"Answer in French, briefly.","input":"hi"}', '$.instructions'],
    ['a Cohere preamble', '{"message":"hi","preamble":"You are the store assistant."}', '$.preamble'],
  ])('reports a system prompt in %s', (_name, json, path) => {
    const m = scanRequest(body('https://ai.example/x', json), empty).matches.find((x) => x.category === 'system-prompt');
    expect(m?.path).toBe(path);
  });

  it('checks Luhn and IBAN checksums and email shapes directly', () => {
    expect(luhnValid('79927398713')).toBe(true);
    expect(luhnValid('79927398710')).toBe(false);
    expect(ibanValid('DE89370400440532013000')).toBe(true);
    expect(findEmails('a@b, x.y@sub.example.co.uk; bad@localhost')).toEqual(['x.y@sub.example.co.uk']);
  });
});
