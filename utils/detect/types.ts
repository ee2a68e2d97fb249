// Shared types of the matching engine: what a scan takes, what it finds, and what it may spend.

/** One request as the engine sees it; every field is optional except url and method. */
export interface ScanInput {
  url: string;
  method: string;
  headers?: [string, string][];
  bodyText?: string;
  /** Binary body bytes, base64 (e.g. a gzip body or a binary WebSocket frame). */
  bodyBase64?: string;
  contentType?: string;
  /** The page API used: fetch, xhr, beacon, websocket, … */
  transport?: string;
  /** WebSocket subprotocols. */
  protocols?: string[];
}

export type MatchSource = 'seed' | 'detector';

export interface ScanMatch {
  /** Data category: a seed kind (`email`, `cart-sku`, …) or a detector category (`payment-card`, …). */
  category: string;
  /** The seed set the seed belongs to: profile, cart, search, order or coupon. */
  seedCategory?: SeedCategory;
  shopperId?: string;
  /** How the value was found, outermost first, e.g. `json:$.messages[1].content › base64 › text`. */
  chain: string[];
  /** The JSON path or parameter name that held the value, when there is one. */
  path?: string;
  /** The raw matched text. In memory only: callers store `redact(value)` and a salted hash. */
  value: string;
  source: MatchSource;
  /** A price, quantity, first name, city or postcode reported only next to a real leak of the same shopper. */
  context?: true;
  /** Detector detail, e.g. the vendor of an API key. */
  detail?: string;
}

export interface ScanCounters {
  bytesScanned: number;
  decodeSteps: number;
  decodedBytes: number;
  decompressedBytes: number;
  jsonNodes: number;
  maxDepth: number;
}

export interface ScanResult {
  matches: ScanMatch[];
  /** True when a budget ran out: the request was only partially scanned. */
  partial: boolean;
  /** Why the scan is partial (first reasons only). */
  reasons: string[];
  counters: ScanCounters;
}

/** Work limits per request. Counted in bytes and steps, never in time, so results do not depend on the machine. */
export interface ScanBudget {
  /** Characters fed to the matcher, decoded layers included. */
  maxBytes: number;
  /** Decoder invocations (base64, percent, JSON parse, …). */
  maxDecodeSteps: number;
  /** Characters produced by decoders. */
  maxDecodedBytes: number;
  /** Bytes produced by gzip / deflate / lz-string; a decompression stops at this cap. */
  maxDecompressedBytes: number;
  /** JSON values visited. */
  maxJsonNodes: number;
  /** Decoding layers stacked on one value. */
  maxDepth: number;
  /** JSON nesting levels walked. */
  maxJsonDepth: number;
}

export type SeedCategory = 'profile' | 'cart' | 'search' | 'order' | 'coupon';

export type SeedKind =
  | 'search-query'
  | 'cart-item-name'
  | 'cart-sku'
  | 'cart-product-id'
  | 'cart-price'
  | 'cart-quantity'
  | 'email'
  | 'first-name'
  | 'last-name'
  | 'full-name'
  | 'phone'
  | 'street'
  | 'city'
  | 'postcode'
  | 'company'
  | 'order-id'
  | 'coupon-code';

export interface Seed {
  kind: SeedKind;
  value: string;
  shopperId?: string;
}
