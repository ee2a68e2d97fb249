/**
 * The shape of the AI destination catalog.
 *
 * Why: the catalog is data (one entry per vendor service), so adding a vendor or correcting a fact
 * is an edit to an `entries-*.ts` file, never to matching code; the jurisdiction fields feed the
 * GDPR Art. 44 wording of findings, so they say "unknown" instead of guessing.
 */

export const CATEGORIES = [
  'llm-api',
  'ai-chat-widget',
  'ai-search',
  'ai-recommendations',
  'ai-personalization',
  'session-analytics-with-ai',
  'local-llm',
  'wp-plugin',
] as const;
export type Category = (typeof CATEGORIES)[number];

/** Where an endpoint keeps/processes data when its host says so: 'eu', 'us', 'au', 'global', or an ISO country (lower case) outside the EEA such as 'gb' or 'ch'. */
export type Region = string;

/** What a host is to the vendor: its API (data goes there), a widget loader script, or a static asset / metadata host. */
export type HostRole = 'api' | 'loader' | 'asset';

export interface HostRule {
  /**
   * `api.openai.com` matches that host only. A leading `*.` label matches one or more labels
   * (`*.openai.azure.com`); a `*` inside a label, or a `*` label elsewhere, matches within one
   * label only (`*-dsn.algolia.net`, `bedrock-runtime.*.amazonaws.com`).
   */
  host: string;
  region?: Region;
  /** Finer place than the region, e.g. 'de' for `insights.de.algolia.io`. */
  location?: string;
  /** Read region and location from the text the `*` matched: an AWS region or a Google Cloud location. */
  regionFrom?: 'aws-region' | 'gcp-location';
  /** When set, only these paths (path patterns, see `path-pattern.ts`) on this host belong to the entry. */
  paths?: string[];
  /** Default 'api'. */
  role?: HostRole;
}

/** The vendor's contracting company for EEA customers. */
export type EeaEntity =
  | { name: string; country: string }
  | 'none' // the reference found none / says there is none
  | 'unknown' // "not verified"
  | 'not-applicable'; // no contract with the vendor (self-hosted software, a plugin that relays elsewhere)

export interface EuResidency {
  option:
    | 'eu-default' // processed in the EU unless the customer chooses otherwise
    | 'eu-available' // an EU option exists (contract, project setting or endpoint)
    | 'by-region' // the endpoint's region decides (cloud regions in the host name)
    | 'not-offered' // the reference found no EU-only option
    | 'self-hosted'
    | 'not-applicable'
    | 'unknown';
  note?: string;
}

export interface Jurisdiction {
  /** ISO 3166-1 alpha-2 country of the vendor's legal entity, or 'unknown'. */
  country: string;
  /** Set when the country rests on a third-party summary only (re-check before quoting). */
  countryNote?: string;
  eeaEntity: EeaEntity;
  eeaEntityNote?: string;
  euResidency: EuResidency;
  /** Where the jurisdiction facts come from, as vendor-jurisdictions.md gives it. */
  jurisdictionSource: string;
}

export interface CatalogEntry extends Jurisdiction {
  /** Unique, kebab-case. */
  id: string;
  vendor: string;
  /** Product or service name when it differs from the vendor. */
  product?: string;
  category: Category;
  /** Plain strings are API hosts; see HostRule for patterns, regions, path limits and roles. */
  hosts: (string | HostRule)[];
  /** Paths that carry input (path patterns). For `wp-plugin` entries: routes on the store's own origin. */
  pathHints: string[];
  /** Request header names (lower case) that carry credentials for this service. */
  authHeaders: string[];
  /** True when the service receives user input (prompts, queries, events, profile data) to process. */
  processesInput: boolean;
  /** Where the host/path facts come from, as ai-catalog.md gives it. */
  source: string;
  /** Also match every host of the same registrable domain (tldts) as the entry's hosts; only where the reference shows the whole domain is the vendor's service. */
  matchRegistrableDomain?: true;
  /** Hosts seen only in public snippets, not in the vendor's docs or SDK: lower confidence. */
  unverified?: true;
  /** `wp-plugin`: admin-ajax.php `action` values, exact and by prefix. */
  ajaxActions?: string[];
  ajaxActionPrefixes?: string[];
  /** Page globals (`window.X`) that show the integration is present. */
  globals?: string[];
  /** `wp-plugin`: script paths relative to the plugin's folder (the folder name is not in the reference). */
  pluginAssets?: string[];
  /** CSS selectors of markup the integration renders (may embed customer data). */
  pageMarkers?: string[];
  /** `local-llm`: the server's default ports, to name it on loopback. */
  defaultPorts?: number[];
  notes?: string;
}

export const hostRuleOf = (host: string | HostRule): HostRule => (typeof host === 'string' ? { host } : host);
