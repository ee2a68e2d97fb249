import { scoreSignals } from '@/utils/catalog/ai-signals';
import type { Destination } from '@/utils/catalog/destination';
import type { Category } from '@/utils/catalog/types';

/**
 * The kind of AI destination a request reaches: the columns of the severity rubric.
 *
 * Why: the destination classifier says where a request goes; the rubric needs what that place
 * does with data (a general LLM API, a chat widget, search/recommendations, session analytics,
 * a relay through the store, or the merchant's own AI). Non-AI destinations have no target.
 */

export type Target = 'llm-api' | 'ai-widget' | 'ai-search' | 'ai-analytics' | 'relay' | 'sovereign';

const BY_CATEGORY: Record<Category, Target> = {
  'llm-api': 'llm-api',
  'ai-chat-widget': 'ai-widget',
  'ai-search': 'ai-search',
  'ai-recommendations': 'ai-search',
  'ai-personalization': 'ai-search',
  'session-analytics-with-ai': 'ai-analytics',
  'local-llm': 'sovereign',
  // A plugin's own service away from the store's origin (user entries): a vendor widget backend.
  'wp-plugin': 'ai-widget',
};

/** A loopback/private host is local AI only when something says it is AI (a known server, signals, the user). */
function isLocalAi(dest: Extract<Destination, { kind: 'sovereign-local' }>): boolean {
  return dest.reason === 'user-marked' || dest.entry !== undefined || scoreSignals(dest.signals).confidence !== null;
}

export function targetOf(dest: Destination): Target | null {
  switch (dest.kind) {
    case 'catalogued':
      return BY_CATEGORY[dest.entry.category] ?? 'llm-api';
    case 'unlisted-ai':
      return 'llm-api';
    case 'first-party-relay':
      return 'relay';
    case 'sovereign-local':
      return isLocalAi(dest) ? 'sovereign' : null;
    default:
      return null;
  }
}
