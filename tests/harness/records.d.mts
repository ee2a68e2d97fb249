// Types for records.mjs (kept by hand).
export declare function base64Bytes(b64: string | undefined): number[];
export declare function bodySearchText(body: unknown): string;
export declare function rowMentions(row: unknown, marker: string): boolean;
export declare function bodyFields(body: unknown): Record<string, string>;
export declare function shortenUrl(url: string, max?: number): string;
export declare function describeBody(body: unknown): string;
export declare function describeInitiator(initiator: unknown): string;
export declare function formatRequestLine(row: unknown): string;
