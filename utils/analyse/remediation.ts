import type { FindingKind } from '@/utils/finding';
import type { DataFamily } from './families';

/** One sentence of remediation per (finding kind, data family). */

const TRANSFER: Record<DataFamily, string> = {
  secret: 'Rotate this key now and move the AI call to the server, so no secret ever reaches the browser.',
  payment: 'Keep card and bank details out of everything the AI integration reads or sends.',
  profile: "Strip or pseudonymise the shopper's personal details before they reach the AI service, or stop sending them.",
  cart: 'Send the AI service only the product data the feature needs, not the shopper\'s cart.',
  order: 'Keep order numbers and coupon codes out of requests to the AI service.',
  search: "Review the AI search vendor's processing terms and retention, and keep personal data out of queries sent to it.",
  'system-prompt': 'Move the system prompt to the server, so the page never sees or controls the model instructions.',
  other: 'Check why this data reaches the AI service and remove it if the feature does not need it.',
};

const RELAY: Partial<Record<DataFamily, string>> = {
  secret: 'Rotate this key and keep it in the plugin\'s server-side settings instead of sending it from the page.',
  payment: 'Keep card and bank details out of the AI plugin\'s requests, since the plugin may forward them to its AI provider.',
  'system-prompt': 'Keep the system prompt in the plugin\'s server-side settings instead of sending it from the page.',
};
const RELAY_DATA = "Find out which AI provider the plugin forwards this to, limit what it sends, and record that provider as a processor.";

const INTEGRATION = 'Record this AI service as a processor in your privacy notice and re-check after each change that it receives no customer data.';
const SOVEREIGN = 'No third-party transfer: keep this AI server on infrastructure you control and list it in your records of processing.';

export function remediationOf(kind: FindingKind, family: DataFamily | null): string {
  if (kind === 'ai-integration' || family === null) return INTEGRATION;
  if (kind === 'sovereign-ai') return SOVEREIGN;
  if (kind === 'server-side-relay') return RELAY[family] ?? RELAY_DATA;
  return TRANSFER[family];
}
