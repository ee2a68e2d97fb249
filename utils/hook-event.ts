import * as v from 'valibot';
import { MAX_ID, MAX_PARTS, MAX_TEXT, MAX_URL, SNAPSHOT_CAP, STORE_RESPONSE_CAP } from './hook-limits';

// The contract between the MAIN-world page hook, the isolated relay and the background.
// The background validates every request and frame event against these schemas; the relay checks
// only their envelope (utils/relay/envelope.ts) and validates the page facts it handles itself.


export const TRANSPORTS = [
  'fetch',
  'xhr',
  'beacon',
  'websocket',
  'eventsource',
  'form',
  'image',
  'script',
  'iframe',
] as const;
export type Transport = (typeof TRANSPORTS)[number];

const FormPartSchema = v.object({
  name: v.string(),
  value: v.optional(v.string()),
  file: v.optional(v.object({ name: v.string(), type: v.string(), size: v.number() })),
});

export const BodySchema = v.object({
  kind: v.picklist([
    'none', 'text', 'urlencoded', 'formdata', 'blob', 'arraybuffer', 'typedarray', 'stream',
    'request', 'raw', 'unknown',
  ]),
  status: v.picklist(['ok', 'empty', 'truncated', 'binary', 'undecodable', 'unreadable']),
  reason: v.optional(v.pipe(v.string(), v.maxLength(500))),
  text: v.optional(v.pipe(v.string(), v.maxLength(MAX_TEXT))),
  base64: v.optional(v.pipe(v.string(), v.maxLength(MAX_TEXT))),
  parts: v.optional(v.pipe(v.array(FormPartSchema), v.maxLength(MAX_PARTS))),
  size: v.nullable(v.number()),
  sizeIsLowerBound: v.optional(v.boolean()),
  capturedBytes: v.number(),
  contentType: v.optional(v.pipe(v.string(), v.maxLength(500))),
});

export const InitiatorSchema = v.object({
  /** Script URL, or the document URL for inline scripts and user-driven submissions. */
  url: v.optional(v.pipe(v.string(), v.maxLength(MAX_URL))),
  line: v.optional(v.number()),
  column: v.optional(v.number()),
  /** How it was found: a stack frame, an inline script in the document, or the document itself. */
  method: v.picklist(['stack', 'stack-inline', 'document', 'none']),
});

/** Consent state when the data left, added by the relay (cookies and banners it can see). */
export const ConsentSchema = v.object({
  cmp: v.nullable(v.pipe(v.string(), v.maxLength(60))),
  state: v.picklist(['given', 'refused', 'not-yet-asked', 'partial', 'no-cmp', 'unknown']),
  categories: v.optional(v.record(v.picklist(['statistics', 'marketing', 'preferences']), v.boolean())),
});
export type ConsentSnapshot = v.InferOutput<typeof ConsentSchema>;

const base = {
  /** Unguessable id, unique per event; the background dedupes resends on it. */
  id: v.pipe(v.string(), v.maxLength(MAX_ID)),
  /** Page clock, ms since epoch. */
  time: v.number(),
  /** URL of the document whose script made the call. */
  documentUrl: v.pipe(v.string(), v.maxLength(MAX_URL)),
  initiator: InitiatorSchema,
  consent: v.optional(ConsentSchema),
};

export const HookRequestSchema = v.object({
  type: v.literal('request'),
  ...base,
  transport: v.picklist(TRANSPORTS),
  /** Absolute URL, resolved against the document. */
  url: v.pipe(v.string(), v.maxLength(MAX_URL)),
  method: v.pipe(v.string(), v.maxLength(20)),
  headers: v.optional(v.pipe(v.array(v.tuple([v.string(), v.string()])), v.maxLength(500))),
  body: v.optional(BodySchema),
  /** WebSocket subprotocols as the page passed them. */
  protocols: v.optional(v.array(v.string())),
});

export const HookFrameSchema = v.object({
  type: v.literal('ws-frame'),
  ...base,
  /** The id of the `request` event of the socket's constructor call. */
  socketId: v.pipe(v.string(), v.maxLength(MAX_ID)),
  url: v.pipe(v.string(), v.maxLength(MAX_URL)),
  direction: v.literal('send'),
  body: BodySchema,
});

export const HookEventSchema = v.variant('type', [HookRequestSchema, HookFrameSchema]);

// Events the relay handles itself (they are facts about the page, not requests): never forwarded.


const pageFact = {
  id: base.id,
  time: base.time,
  documentUrl: base.documentUrl,
};

/** The page's own Store API or `?wc-ajax=` response, read from a clone: cart and customer seeds. */
export const HookStoreResponseSchema = v.object({
  type: v.literal('store-response'),
  ...pageFact,
  url: v.pipe(v.string(), v.maxLength(MAX_URL)),
  endpoint: v.picklist(['store-api', 'wc-ajax']),
  status: v.number(),
  text: v.pipe(v.string(), v.maxLength(STORE_RESPONSE_CAP)),
});

/** JSON of bounded copies of known page globals that may hold the logged-in customer. */
export const HookCustomerGlobalsSchema = v.object({
  type: v.literal('page-customer'),
  ...pageFact,
  snapshot: v.pipe(v.string(), v.maxLength(SNAPSHOT_CAP)),
});

/** JSON of `{ globals, tcf? }`: the consent tools' MAIN-world state (see utils/consent/types.ts). */
export const HookConsentGlobalsSchema = v.object({
  type: v.literal('consent-globals'),
  ...pageFact,
  snapshot: v.pipe(v.string(), v.maxLength(SNAPSHOT_CAP)),
});

export const PageFactSchema = v.variant('type', [HookStoreResponseSchema, HookCustomerGlobalsSchema, HookConsentGlobalsSchema]);

export type HookStoreResponse = v.InferOutput<typeof HookStoreResponseSchema>;
export type HookCustomerGlobals = v.InferOutput<typeof HookCustomerGlobalsSchema>;
export type HookConsentGlobals = v.InferOutput<typeof HookConsentGlobalsSchema>;
export type HookPageFact = HookStoreResponse | HookCustomerGlobals | HookConsentGlobals;

export type HookBody = v.InferOutput<typeof BodySchema>;
export type HookInitiator = v.InferOutput<typeof InitiatorSchema>;
export type HookRequestEvent = v.InferOutput<typeof HookRequestSchema>;
export type HookFrameEvent = v.InferOutput<typeof HookFrameSchema>;
export type HookEvent = v.InferOutput<typeof HookEventSchema>;

/** Validates one untrusted page fact (store response, page globals); null when invalid. */
export function parsePageFact(input: unknown): HookPageFact | null {
  const result = v.safeParse(PageFactSchema, input);
  return result.success ? result.output : null;
}

export const isPageFact = (e: HookEvent | HookPageFact): e is HookPageFact =>
  e.type === 'store-response' || e.type === 'page-customer' || e.type === 'consent-globals';

/** Validates one untrusted event; returns it typed, or null. */
export function parseHookEvent(input: unknown): HookEvent | null {
  const result = v.safeParse(HookEventSchema, input);
  return result.success ? result.output : null;
}
