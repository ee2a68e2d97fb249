// Consent state of a page at the moment data leaves it. Plain data only, so it can cross
// from the page's MAIN world to the content script and on to the background.

/** What the relay reads (cookies, banners) plus the globals the hook sends: cheap, bounded, JSON-safe. */
export interface ConsentFacts {
  /** `document.cookie`, parsed (bounded count and value length). */
  cookies: Record<string, string>;
  /**
   * Snapshot of the consent tools' globals: keys are the global names from the reference
   * (`Cookiebot`, `complianz`, `getCkyConsent`, `consent_api`, `dataLayer`, …); values are
   * small JSON objects or `true` when only presence matters. Empty in the isolated world.
   */
  globals: Record<string, unknown>;
  /** Matched selectors of banners, script tags and body classes (see `dom-markers.ts`). */
  domMarkers: string[];
  tcf?: TcfFacts;
}

export interface TcfFacts {
  gdprApplies?: boolean;
  eventStatus?: string;
  cmpStatus?: string;
  displayStatus?: string;
  /** TCF purpose id → consent. */
  purposeConsents?: Record<string, boolean>;
}

export type ConsentCategory = 'statistics' | 'marketing' | 'preferences';
export type ConsentCategories = Partial<Record<ConsentCategory, boolean>>;

/**
 * `unknown`: a consent tool is present but the reference names no verified way to read its
 * decision (Borlabs without its API, Usercentrics, a Real Cookie Banner decision's groups).
 */
export type ConsentStateName = 'given' | 'refused' | 'not-yet-asked' | 'partial' | 'no-cmp' | 'unknown';

export interface ConsentState {
  cmp: string | null;
  state: ConsentStateName;
  categories?: ConsentCategories;
  evidence: string[];
}

/** One tool's reading; `consentState` picks among several. */
export interface CmpReading extends ConsentState {
  cmp: string;
}
