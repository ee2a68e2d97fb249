// The fixture host names and their URLs. The browser maps every one of them to the local fixture
// servers (Chromium: --host-resolver-rules; Firefox: network.dns.localDomains), so URLs in the
// fixture pages stay port-less and look like the real thing.

/** The monitored WooCommerce-like store (plain http, like many small shops on a dev box). */
export const STORE_HOST = 'store.test';
export const STORE = `http://${STORE_HOST}`;

/** A second, never-monitored site (scope tests). */
export const OTHER_HOST = 'other.test';
export const OTHER = `http://${OTHER_HOST}`;

/** A third-party chat widget vendor whose iframe the store embeds. */
export const WIDGET_HOST = 'widget.chatvendor.test';
export const WIDGET = `https://${WIDGET_HOST}`;

/**
 * AI / search-as-a-service hosts the fixture plugins send data to. All are served over https:
 * some of these names are HSTS-preloaded in Chromium, so http:// would be upgraded anyway.
 */
export const AI_HOSTS = /** @type {const} */ ([
  'api.openai.com',
  'api.anthropic.com',
  'api.mistral.ai',
  'api.cohere.ai',
  'abc-dsn.algolia.net',
  'insights.algolia.io',
]);

/** A made-up AI host that is certainly not HSTS-preloaded, for plain-http AI requests. */
export const PLAIN_AI_HOST = 'api.example.test';

/** A name that never resolves: the browser maps it to NOTFOUND (compat test: fetch must reject). */
export const UNRESOLVABLE_HOST = 'nonexistent.invalid';

/** Every host the fixture servers answer for; all of them are reachable on both ports. */
export const FIXTURE_HOSTS = [STORE_HOST, OTHER_HOST, WIDGET_HOST, ...AI_HOSTS, PLAIN_AI_HOST];

/** Hosts whose content is static files; everything else is an "API" host. */
export const SITE_HOSTS = [STORE_HOST, OTHER_HOST, WIDGET_HOST];
