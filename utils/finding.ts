// What the detection step concludes about one request, before it is merged into stored findings.
// One stored finding is one (visit, destination, source component, data category).

export type Severity = 'critical' | 'high' | 'medium' | 'low' | 'info';
export type Confidence = 'high' | 'medium' | 'low';

export type FindingKind =
  | 'ai-data-transfer' // customer data or secrets sent to a catalogued or unlisted AI destination
  | 'server-side-relay' // a first-party AI plugin route: possible server-side AI transfer
  | 'sovereign-ai' // traffic to a local / user-marked sovereign AI endpoint (info, never a leak)
  | 'ai-integration' // an AI integration present (loaded, or contacted with no customer data seen) (low)
  | 'page-exposure'; // an AI key, client token or system prompt exposed in the page itself

/** A matched value as it may be stored and exported: never the raw value unless `raw` is allowed. */
export interface Evidence {
  /** Data category: a seed kind (`email`, `cart-sku`, …) or a detector category (`api-key`, …). */
  category: string;
  /** Transform chain, outermost first, e.g. ["json:$.messages[1].content", "base64", "text"]. */
  chain: string[];
  /** JSON path or parameter name that held the value. */
  path?: string;
  /** Masked preview, e.g. `j***@e***.com`. */
  preview: string;
  /** sha256 of the value salted per installation (the salt is never exported), hex, first 16. */
  hash: string;
  /** The raw value: only in evidence mode. */
  raw?: string;
}

export interface FindingDestination {
  kind: 'catalogued' | 'unlisted-ai' | 'first-party-relay' | 'sovereign-local';
  host: string;
  vendor?: string;
  entryId?: string;
  /** Service category: llm-api, ai-chat-widget, ai-search, … */
  serviceCategory?: string;
  /** ISO country of the vendor's legal entity, or 'unknown'. */
  country?: string;
  /** 'eu' when the endpoint is an EU-region endpoint. */
  region?: string;
  eeaEntity?: string;
  /** WordPress plugins named by a first-party relay route. */
  plugins?: string[];
}

export interface FindingDraft {
  /** Grouping key within a visit: destination + source + data category. */
  key: string;
  kind: FindingKind;
  /** The data category this finding is about (one per finding); 'none' for ai-integration. */
  dataCategory: string;
  destination: FindingDestination;
  /** Script that sent it (URL), how that was found, and the WordPress component it belongs to. */
  source: {
    url?: string;
    method: string;
    component?: { kind: string; slug?: string; version?: string; vendor?: string; how: string };
  };
  transport: string;
  severity: Severity;
  confidence: Confidence;
  /** e.g. "GDPR Art. 44", "GDPR Art. 5(1)(c)", "OWASP LLM02:2025", "NIST AI RMF MAP 4.1". */
  compliance: string[];
  /** One sentence. */
  remediation: string;
  evidence: Evidence[];
  /** The request was only partially scanned (budget). */
  partial: boolean;
  /** Consent state in the page when the data first left (GDPR Art. 6/7: leaks before consent). */
  consent?: { cmp: string | null; state: string };
}
