import type { BodyRecord } from '@/utils/body';
import type { Destination } from '@/utils/catalog/destination';
import type { CatalogEntry } from '@/utils/catalog/types';
import type { ScanBudget } from '@/utils/detect';
import type { FindingDraft } from '@/utils/finding';

/**
 * What `analyse` takes and returns.
 *
 * Why a subset of RequestRow: the same entry point serves stored request rows, WebSocket frames
 * (transport 'websocket-frame' with the socket's URL) and, later, a CLI reading exported records,
 * so it asks only for the fields the judgement needs.
 */

export interface AnalyseRecord {
  id: string;
  url: string;
  method: string;
  transport: string;
  requestHeaders?: [string, string][];
  protocols?: string[];
  body?: BodyRecord;
  responseContentType?: string;
  /** The script that made the request and how it was found (RequestRow.initiator). */
  initiator: { url?: string; method: string };
}

export interface AnalyseSettings {
  /** The monitored store's origin(s) and hosts the user lists as the store's own. */
  storeOrigins: string[];
  /** Endpoints the user marked trusted/sovereign: info, never a leak. */
  sovereignEndpoints?: string[];
  /** User catalog entries; when absent they are read from the compiled catalog given to `analyse`. */
  userEntries?: CatalogEntry[];
  /** Evidence mode: evidence keeps the raw matched value. */
  evidenceMode: boolean;
  /** Per-installation salt of evidence hashes; never exported. */
  salt: string;
  /** Work budget of the matcher per request (defaults to the engine's). */
  budget?: Partial<ScanBudget>;
}

export interface AnalyseResult {
  findings: FindingDraft[];
  /** Data categories of seeds this request sent to a non-AI third party or the store itself (no finding). */
  nonAiSeedFlows: number;
  /** The request was only partially scanned, or analysis failed and this result is empty. */
  partial: boolean;
  destination: Destination;
  /** The record's URL with query values, path segments and fragment that matched seeds masked; set only when it differs. */
  maskedUrl?: string;
}
