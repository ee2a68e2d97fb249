import { maskUserinfo } from './join-key';
import type { Observation } from './observation';
import { bodyFromWebRequest, type WebRequestBody } from './web-request-body';

// webRequest event details (the fields both Chrome and Firefox give) turned into observations.

export interface RequestDetails {
  requestId: string;
  url: string;
  method: string;
  type: string;
  tabId: number;
  frameId: number;
  parentFrameId?: number;
  timeStamp: number;
  /** Chrome: origin of the initiating document. */
  initiator?: string;
  /** Firefox: URL of the initiating document and of the frame. */
  originUrl?: string;
  documentUrl?: string;
  requestBody?: WebRequestBody | null;
  requestHeaders?: { name: string; value?: string; binaryValue?: number[] }[];
  responseHeaders?: { name: string; value?: string }[];
  statusCode?: number;
  error?: string;
}

/** A user name and password in a URL (`https://user:pass@host/`) are masked before anything holds them. */
export function fromBeforeRequest(d: RequestDetails, bodyCap: number): Observation {
  const initiator = d.originUrl ?? d.initiator;
  const body = bodyFromWebRequest(d.requestBody, bodyCap);
  return {
    kind: 'wr-request', tabId: d.tabId, frameId: d.frameId, requestId: d.requestId, url: maskUserinfo(d.url),
    ...(d.parentFrameId !== undefined ? { parentFrameId: d.parentFrameId } : {}),
    method: d.method.toUpperCase(), type: d.type, time: d.timeStamp,
    ...(initiator && initiator !== 'null' ? { initiator: maskUserinfo(initiator) } : {}),
    ...(d.documentUrl ? { documentUrl: maskUserinfo(d.documentUrl) } : {}),
    ...(body ? { body } : {}),
  };
}

export function fromSendHeaders(d: RequestDetails): Observation {
  const headers = (d.requestHeaders ?? []).map((h): [string, string] => [
    h.name,
    h.value ?? (h.binaryValue ? new TextDecoder().decode(new Uint8Array(h.binaryValue)) : ''),
  ]);
  return { kind: 'wr-headers', requestId: d.requestId, time: d.timeStamp, headers };
}

export function fromCompleted(d: RequestDetails): Observation {
  const type = d.responseHeaders?.find((h) => h.name.toLowerCase() === 'content-type')?.value;
  return {
    kind: 'wr-done', requestId: d.requestId, time: d.timeStamp,
    ...(d.statusCode !== undefined ? { statusCode: d.statusCode } : {}),
    ...(type ? { responseContentType: type } : {}),
  };
}

export function fromError(d: RequestDetails): Observation {
  return { kind: 'wr-done', requestId: d.requestId, time: d.timeStamp, error: d.error ?? 'unknown error' };
}
