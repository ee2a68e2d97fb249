import { JURISDICTIONS as J } from './jurisdictions';
import type { CatalogEntry } from './types';

/**
 * Session analytics with AI (`session-analytics-with-ai`), from ../shared/reference/ai-catalog.md §5.
 *
 * Why: session recorders see everything the shopper does on the page. Only Microsoft Clarity's
 * loader has a host in the reference; Hotjar, FullStory and Contentsquare have no verified hosts,
 * so they have no entry (their jurisdictions are known, their traffic is not).
 */

export const SESSION_ANALYTICS_ENTRIES: CatalogEntry[] = [
  {
    id: 'microsoft-clarity', vendor: 'Microsoft', product: 'Clarity', category: 'session-analytics-with-ai', ...J.clarity,
    hosts: [{ host: 'www.clarity.ms', paths: ['/tag/'], role: 'loader' }],
    pathHints: [], authHeaders: [], processesInput: true, unverified: true,
    source: 'many public snippets; official docs not checked (ai-catalog.md §5)',
    notes: 'collector hosts and AI features not verified; Hotjar, FullStory, Contentsquare have no verified hosts',
  },
];
