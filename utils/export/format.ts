import type { Confidence, FindingKind, Severity } from '../finding';

// The findings export, format 1.x (docs/findings-format.md, docs/findings.schema.json).
// Additive changes bump the minor version; anything else bumps the major version.

export const FORMAT_VERSION = '1.0.0';
export const TOOL_NAME = 'Leakscope';

/** ISO 8601 UTC, e.g. 2025-06-03T10:02:00.000Z. */
export type IsoTime = string;

export interface FindingsExport {
  formatVersion: string;
  provenance: Provenance;
  visits: ExportVisit[];
  markers: ExportMarker[];
  findings: ExportFinding[];
  exposures: ExportExposure[];
  summary: ExportSummary;
}

export interface Provenance {
  tool: { name: string; version: string };
  browser: { name: string; version: string };
  exportedAt: IsoTime;
  session: { id: string; name: string; kind: 'qa' | 'daily' | 'imported'; startedAt: IsoTime; endedAt: IsoTime | null };
  /** `evidence`: the session kept raw values and this file contains them (`evidence[].raw`). */
  redaction: { mode: 'redacted' | 'evidence'; rawValuesIncluded: boolean };
  /** Settings that change what is found. Never the evidence-hash salt or the canary's values. */
  settings: {
    monitoredOrigins: { origin: string; includeSubdomains: boolean }[];
    storeHosts: string[];
    sovereignEndpoints: string[];
    customDestinations: { host: string; vendor: string; category: string; country: string }[];
    canaryProfileSet: boolean;
    bodyCapBytes: number;
  };
}

export interface ExportPageType {
  kind: string;
  variant?: string;
  taxonomy?: string;
  endpoint?: string;
  admin?: { screen: string; storage?: string; slug?: string };
}

export interface ExportVisit {
  id: string;
  /** Query values (but `ver`) and fragments masked. */
  url: string;
  origin: string;
  /** One word, as in the session diff: `checkout`, `wp-admin:order-edit`, `unknown`. */
  pageType: string;
  page: ExportPageType | null;
  isWordPress: boolean | null;
  isWooCommerce: boolean | null;
  wcVersion: string | null;
  pageEvidence: string[];
  startedAt: IsoTime;
  spaNavigations: { url: string; time: IsoTime; kind: 'history-state' | 'fragment' }[];
  nonAiSeedFlows: number;
}

export interface ExportMarker {
  visitId: string | null;
  time: IsoTime;
  label: string;
}

export interface ExportEvidence {
  category: string;
  chain: string[];
  path: string | null;
  preview: string;
  hash: string;
  /** Only when `provenance.redaction.mode` is `evidence`. */
  raw?: string;
}

export interface ExportComponent {
  kind: string;
  slug: string | null;
  version: string | null;
  vendor: string | null;
  how: string;
}

export interface ExportFinding {
  id: string;
  visitId: string;
  /** vendor | component | data category | page type — stable across sessions and plugin versions. */
  identity: string;
  kind: FindingKind;
  dataCategory: string;
  severity: Severity;
  confidence: Confidence;
  destination: {
    kind: 'catalogued' | 'unlisted-ai' | 'first-party-relay' | 'sovereign-local';
    host: string;
    vendor: string | null;
    catalogEntry: string | null;
    serviceCategory: string | null;
    country: string | null;
    region: string | null;
    eeaEntity: string | null;
    plugins: string[];
  };
  source: { url: string | null; method: string; component: ExportComponent | null };
  transport: string;
  transports: string[];
  consent: { cmp: string | null; state: string } | null;
  compliance: string[];
  remediation: string;
  evidence: ExportEvidence[];
  partial: boolean;
  firstSeen: IsoTime;
  lastSeen: IsoTime;
  count: number;
}

export interface ExportExposure {
  visitId: string;
  kind: 'api-key' | 'dialogflow-token' | 'system-prompt';
  where: string;
  preview: string;
}

export interface SeverityCounts {
  critical: number;
  high: number;
  medium: number;
  low: number;
  info: number;
}

export interface VendorSummary {
  vendor: string;
  hosts: string[];
  countries: string[];
  serviceCategories: string[];
  dataCategories: string[];
  components: string[];
  pages: number;
  findings: number;
  occurrences: number;
  worstSeverity: Severity;
  firstSeen: IsoTime;
}

export interface PluginSummary {
  /** `plugin:ai-chat`, `third-party@widget.example`, … */
  component: string;
  kind: string;
  slug: string | null;
  versions: string[];
  vendors: string[];
  dataCategories: string[];
  pages: number;
  findings: number;
  occurrences: number;
  worstSeverity: Severity;
  firstSeen: IsoTime;
}

export interface ExportSummary {
  findings: number;
  occurrences: number;
  bySeverity: SeverityCounts;
  byVendor: VendorSummary[];
  byPlugin: PluginSummary[];
}
