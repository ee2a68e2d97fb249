// A request body as Leakscope keeps it: decoded text when it is text, otherwise a reason.
export type BodyKind =
  | 'none'
  | 'text' // a string
  | 'urlencoded' // URLSearchParams or a parsed form (webRequest formData)
  | 'formdata' // FormData / multipart
  | 'blob'
  | 'arraybuffer'
  | 'typedarray' // any ArrayBufferView
  | 'stream' // ReadableStream
  | 'request' // the body of a Request object passed to fetch
  | 'raw' // webRequest raw bytes
  | 'unknown';

export type BodyStatus =
  | 'ok'
  | 'empty'
  | 'truncated' // only the first `capturedBytes` bytes were kept
  | 'binary' // not text; `base64` holds the first bytes
  | 'undecodable' // looked like text but is not valid UTF-8
  | 'unreadable'; // stream locked/disturbed, file reference, error

export interface FormPart {
  name: string;
  value?: string;
  file?: { name: string; type: string; size: number };
}

export interface BodyRecord {
  kind: BodyKind;
  status: BodyStatus;
  /** Human-readable reason for any status but ok/empty, e.g. "truncated at 1048576 bytes". */
  reason?: string;
  /** Decoded text of the kept bytes (or the string itself). */
  text?: string;
  /** The kept bytes when they are not text, base64. */
  base64?: string;
  /** FormData entries in order. */
  parts?: FormPart[];
  /** Total size in bytes when known. */
  size: number | null;
  /** True when `size` is only a lower bound (a long string measured in UTF-16 units). */
  sizeIsLowerBound?: boolean;
  /** Bytes actually kept. */
  capturedBytes: number;
  contentType?: string;
}

export const DEFAULT_BODY_CAP = 1024 * 1024;
