import type { AiSignal, Confidence } from './ai-signals';
import type { HostMatch } from './match-host';
import type { CatalogEntry } from './types';

/**
 * What `classifyDestination` says about a request's destination.
 *
 * Why a closed union: each kind leads to a different kind of finding (or none) later — catalogued
 * AI, a possible server-side relay, an unlisted AI endpoint, info-only sovereign/local traffic,
 * the store itself, or a non-AI third party whose flows are only counted.
 */

export interface RequestInput {
  url: string;
  method: string;
  headers?: readonly (readonly [string, string])[];
  bodyText?: string;
  /** Page API or webRequest-derived transport (`fetch`, `websocket`, `eventsource`, …). */
  transport: string;
  /** WebSocket subprotocols the page asked for. */
  protocols?: readonly string[];
  responseContentType?: string;
}

export interface ClassifyContext {
  /** The monitored store's origin(s) and hosts the user lists as the store's own (see endpoints.ts for the forms). */
  storeOrigins: readonly string[];
  /** User catalog entries (settings); they extend and, on ties, override the built-in catalog. */
  userEntries?: readonly CatalogEntry[];
  /** Endpoints the user marked trusted/sovereign (their own AI servers): info, never a leak. */
  sovereignEndpoints?: readonly string[];
}

interface Base {
  /** Normalised host name ('' when the URL has none). */
  host: string;
  /** Registrable domain (tldts, public suffix list incl. private section); null for IPs, localhost. */
  registrableDomain: string | null;
}

export type Destination = Base &
  (
    | ({ kind: 'catalogued' } & HostMatch)
    | { kind: 'first-party-relay'; plugins: CatalogEntry[]; route?: string; confidence: Confidence; signals: AiSignal[] }
    | { kind: 'unlisted-ai'; confidence: Confidence; score: number; signals: AiSignal[] }
    | { kind: 'sovereign-local'; reason: 'loopback' | 'private' | 'user-marked'; entry?: CatalogEntry; signals: AiSignal[] }
    | { kind: 'first-party' }
    | { kind: 'third-party'; sameSiteAsStore: boolean }
  );

export type DestinationKind = Destination['kind'];
