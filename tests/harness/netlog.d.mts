// Types for netlog.mjs (kept by hand).
export interface NetLogRequest {
  sourceId: number;
  url: string;
  method: string;
  /** An origin, or "not an origin" for browser-initiated requests. */
  initiator: string;
  /** "main frame" | "subframe" | "other" */
  requestType: string;
}
export declare function readNetLogRequests(file: string): NetLogRequest[];
export declare function isBrowserServiceRequest(r: NetLogRequest): boolean;
