import { JURISDICTIONS as J } from './jurisdictions';
import type { CatalogEntry } from './types';

/**
 * AI search, recommendations and personalization SaaS (`ai-search`, `ai-recommendations`,
 * `ai-personalization`), from ../shared/reference/ai-catalog.md §3.
 *
 * Why: these receive search queries, viewed/bought products and user tokens. One vendor can span
 * categories on the same host (Algolia search vs recommend), so path-limited host rules pick the
 * entry. `matchRegistrableDomain` is set only for API-only domains where the reference lists
 * several service subdomains (ksearchnet.com, cnstrc.com, dxpapi.com).
 * Searchanise has no primary-source host in the reference, so no entry.
 */

const ALGOLIA_SOURCE = 'npm algoliasearch@5.64.0, @algolia/client-search@5.64.0, @algolia/client-insights@5.64.0, search-insights@2.17.3';
const ALGOLIA_AUTH = ['x-algolia-api-key', 'x-algolia-application-id'];
const RECOMMEND = ['/1/indexes/*/recommendations'];

export const SEARCH_RECS_ENTRIES: CatalogEntry[] = [
  {
    id: 'algolia-search', vendor: 'Algolia', product: 'Search', category: 'ai-search', ...J.algolia,
    hosts: ['*.algolia.net', '*.algolianet.com'],
    pathHints: ['/1/indexes/*/queries', '/1/indexes/*/query', '/1/indexes/*/facets/*/query'],
    authHeaders: ALGOLIA_AUTH, processesInput: true,
    globals: ['algolia'],
    source: `${ALGOLIA_SOURCE}; global \`algolia\` from WebDevStudios/wp-search-with-algolia includes/class-algolia-template-loader.php (3103d2a)`,
    notes: 'credentials travel in the query string in the browser build (x-algolia-api-key is a search-only key there)',
  },
  {
    id: 'algolia-recommend', vendor: 'Algolia', product: 'Recommend', category: 'ai-recommendations', ...J.algolia,
    hosts: [{ host: '*.algolia.net', paths: RECOMMEND }, { host: '*.algolianet.com', paths: RECOMMEND }],
    pathHints: RECOMMEND, authHeaders: ALGOLIA_AUTH, processesInput: true,
    source: ALGOLIA_SOURCE,
  },
  {
    id: 'algolia-insights', vendor: 'Algolia', product: 'Insights (events)', category: 'ai-personalization', ...J.algolia,
    hosts: ['insights.algolia.io', { host: 'insights.de.algolia.io', region: 'eu', location: 'de' }, { host: 'insights.us.algolia.io', region: 'us' }],
    pathHints: ['/1/events'], authHeaders: ALGOLIA_AUTH, processesInput: true,
    source: `${ALGOLIA_SOURCE} (client-insights browser.d.ts, search-insights dist/search-insights-browser.mjs)`,
    notes: 'events carry objectData prices/quantities and user tokens; sent as beacons',
  },
  {
    id: 'algolia-personalization', vendor: 'Algolia', product: 'Personalization', category: 'ai-personalization', ...J.algolia,
    hosts: [{ host: 'personalization.eu.algolia.com', region: 'eu' }, { host: 'personalization.us.algolia.com', region: 'us' }],
    pathHints: ['/1/profiles/personalization/'], authHeaders: ALGOLIA_AUTH, processesInput: true,
    source: ALGOLIA_SOURCE,
  },
  {
    id: 'algolia-analytics', vendor: 'Algolia', product: 'Analytics, Query Suggestions, Ingestion', category: 'ai-search', ...J.algolia,
    hosts: [
      'analytics.algolia.com',
      { host: 'analytics.de.algolia.com', region: 'eu', location: 'de' },
      { host: 'analytics.us.algolia.com', region: 'us' },
      { host: 'query-suggestions.eu.algolia.com', region: 'eu' },
      { host: 'query-suggestions.us.algolia.com', region: 'us' },
      { host: 'data.eu.algolia.com', region: 'eu' },
      { host: 'data.us.algolia.com', region: 'us' },
    ],
    pathHints: [], authHeaders: ALGOLIA_AUTH, processesInput: true,
    source: ALGOLIA_SOURCE,
  },
  {
    id: 'klevu-search', vendor: 'Klevu', product: 'Search (+ MOI assistant)', category: 'ai-search', ...J.klevu,
    hosts: ['*.ksearchnet.com', 'stats.ksearchnet.com', 'visitor.service.ksearchnet.com', 'api.ksearchnet.com', 'moi-ai.ksearchnet.com', { host: 'js.klevu.com', role: 'loader' }],
    matchRegistrableDomain: true,
    pathHints: ['/cs/v2/search', '/analytics/collect', '/analytics/', '/chat/', '/public/1.0', '/abtest/public/'],
    authHeaders: [], processesInput: true,
    source: 'npm @klevu/core@5.2.2 (README, connection/klevuFetch.js, events/KlevuEvents.js, connection/moi/moi.js)',
    notes: 'API key travels in the body as context.apiKeys ("klevu-…"); eucs… cluster names suggest EU clusters (not verified)',
  },
  {
    id: 'klevu-recommendations', vendor: 'Klevu', product: 'Recommendations', category: 'ai-recommendations', ...J.klevu,
    hosts: [{ host: 'config-cdn.ksearchnet.com', paths: ['/recommendations/'] }],
    pathHints: ['/recommendations/'], authHeaders: [], processesInput: true,
    source: 'npm @klevu/core@5.2.2',
  },
  {
    id: 'constructor-search', vendor: 'Constructor.io', product: 'Search, autocomplete, AI agent', category: 'ai-search', ...J.constructor,
    hosts: ['ac.cnstrc.com', 'agent.cnstrc.com', 'assistant.cnstrc.com', 'quizzes.cnstrc.com', { host: 'media-cnstrc.com', role: 'asset' }],
    matchRegistrableDomain: true,
    pathHints: ['/search/', '/autocomplete/', '/behavior', '/v2/behavioral_action/', '/v1/intent/'],
    authHeaders: [], processesInput: true,
    source: 'npm @constructor-io/constructorio-client-javascript@2.93.1 lib/modules/*.js',
    notes: 'API key, client/session/user ids travel as query params key, i, s, ui, us',
  },
  {
    id: 'constructor-recommendations', vendor: 'Constructor.io', product: 'Recommendations', category: 'ai-recommendations', ...J.constructor,
    hosts: [{ host: 'ac.cnstrc.com', paths: ['/recommendations/v1/pods/'] }],
    pathHints: ['/recommendations/v1/pods/'], authHeaders: [], processesInput: true,
    source: 'npm @constructor-io/constructorio-client-javascript@2.93.1 lib/modules/recommendations.js',
  },
  {
    id: 'bloomreach-discovery', vendor: 'Bloomreach', product: 'Discovery search/suggest', category: 'ai-search', ...J.bloomreach,
    hosts: ['core.dxpapi.com', 'suggest.dxpapi.com'],
    matchRegistrableDomain: true,
    pathHints: ['/api/v1/core/', '/api/v2/suggest/'], authHeaders: [], processesInput: true,
    source: 'npm @bloomreach/discovery-web-sdk@2.0.1 README',
    notes: 'pixel host not verified',
  },
  {
    id: 'bloomreach-pathways', vendor: 'Bloomreach', product: 'Discovery Pathways (recommendation widgets)', category: 'ai-recommendations', ...J.bloomreach,
    hosts: ['pathways.dxpapi.com'],
    pathHints: ['/api/v2/widgets/'], authHeaders: [], processesInput: true,
    source: 'npm @bloomreach/discovery-web-sdk@2.0.1 README',
  },
  {
    id: 'nosto', vendor: 'Nosto', category: 'ai-recommendations', ...J.nosto,
    hosts: [{ host: 'connect.nosto.com', paths: ['/include/'], role: 'loader' }, { host: 'connect.staging.nosto.com', role: 'loader' }],
    pathHints: [], authHeaders: [], processesInput: true,
    globals: ['nosto', 'nostojs', 'Nosto'],
    source: 'npm @nosto/nosto-js@2.11.3',
    notes: 'event/API hosts used after load not verified',
  },
  {
    id: 'clerk-io', vendor: 'Clerk.io', category: 'ai-recommendations', ...J.clerk,
    hosts: [{ host: 'custom.clerk.io', role: 'loader' }, 'api.clerk.io'],
    pathHints: ['/v2/'], authHeaders: [], processesInput: true,
    globals: ['Clerk', '__clerk_q'],
    pageMarkers: ['span.clerk[data-api="log/sale"]'],
    source: 'clerkio/clerk-woocommerce (cc7163e) includes/class-clerk-visitor-tracking.php, class-clerk-sales-tracking.php, class-clerk-basket.php',
    notes: 'api.clerk.io is the server-side API base; the host Clerk.js calls from the browser is not verified. With "collect emails" the page logs the shopper\'s email',
  },
  {
    id: 'doofinder', vendor: 'Doofinder', category: 'ai-search', ...J.doofinder,
    hosts: ['*-search.doofinder.com'],
    pathHints: ['/5/search', '/5/options/', '/5/stats/'], authHeaders: ['authorization'], processesInput: true,
    source: 'npm doofinder@5.13.4 lib/client.js',
    notes: 'API v6 / Live Layer hosts not verified',
  },
  {
    id: 'luigis-box', vendor: "Luigi's Box", category: 'ai-search', ...J.luigisbox,
    hosts: ['live.luigisbox.com'],
    pathHints: ['/autocomplete/v2', '/v1/'], authHeaders: [], processesInput: true,
    source: 'docs.luigisbox.com "Understanding autocomplete: features and integration strategies"',
    notes: 'analytics/collector host not verified',
  },
];
