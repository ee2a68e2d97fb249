import type { BodyRecord } from '@/utils/body';
import type { RequestInput } from '@/utils/catalog/destination';
import type { ScanInput } from '@/utils/detect';
import type { AnalyseRecord } from './types';

/**
 * One record as the classifier and the matcher want it.
 *
 * Why a FormData body is rebuilt as form-urlencoded text: the hook keeps FormData as entries, not
 * as the multipart bytes the browser sends, and the matcher reads `name=value` pairs with the
 * same chain (`form:name`) the wire format would give; file parts add only their file names.
 */

function formText(parts: NonNullable<BodyRecord['parts']>): string {
  return parts
    .map((p) => `${encodeURIComponent(p.name)}=${encodeURIComponent(p.value ?? p.file?.name ?? '')}`)
    .join('&');
}

export interface BodyInput {
  bodyText?: string;
  bodyBase64?: string;
  contentType?: string;
}

export function bodyInput(body: BodyRecord | undefined, headers: readonly [string, string][] | undefined): BodyInput {
  const out: BodyInput = {};
  const header = headers?.find(([n]) => n.toLowerCase() === 'content-type')?.[1];
  const contentType = body?.contentType ?? header;
  if (contentType) out.contentType = contentType;
  if (!body) return out;
  if (body.text !== undefined) out.bodyText = body.text;
  else if (body.parts?.length) {
    out.bodyText = formText(body.parts);
    out.contentType = 'application/x-www-form-urlencoded';
  }
  if (body.base64 !== undefined && out.bodyText === undefined) out.bodyBase64 = body.base64;
  return out;
}

export function scanInputOf(record: AnalyseRecord, body: BodyInput): ScanInput {
  const input: ScanInput = { url: record.url, method: record.method, transport: record.transport, ...body };
  if (record.requestHeaders) input.headers = record.requestHeaders;
  if (record.protocols) input.protocols = record.protocols;
  return input;
}

export function classifyInputOf(record: AnalyseRecord, body: BodyInput): RequestInput {
  const input: RequestInput = { url: record.url, method: record.method, transport: record.transport };
  if (record.requestHeaders) input.headers = record.requestHeaders;
  if (body.bodyText !== undefined) input.bodyText = body.bodyText;
  if (record.protocols) input.protocols = record.protocols;
  if (record.responseContentType) input.responseContentType = record.responseContentType;
  return input;
}
