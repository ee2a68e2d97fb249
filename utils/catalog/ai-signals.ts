import { llmBodyShapes, type SignalWeight } from './body-shape';

/**
 * Signals that a request goes to an AI model, and a confidence from them.
 *
 * Why: AI endpoints the catalog does not know (a self-built proxy, a new vendor) still look like AI
 * on the wire: LLM-shaped bodies, OpenAI-compatible paths, SDK fingerprint headers, the OpenAI
 * realtime WebSocket subprotocol, SSE streaming. Each signal has a weight; independent signals
 * combine as 1 − Π(1 − w), so one strong signal gives medium confidence and two give high.
 */

export type { SignalWeight };
export type Confidence = 'high' | 'medium' | 'low';
export interface AiSignal {
  kind: 'body-shape' | 'path' | 'sdk-header' | 'websocket-subprotocol' | 'streaming';
  name: string;
  weight: SignalWeight;
}

export interface SignalRequest {
  url: URL;
  headers?: readonly (readonly [string, string])[];
  bodyText?: string;
  transport?: string;
  protocols?: readonly string[];
  responseContentType?: string;
}

const WEIGHT: Record<SignalWeight, number> = { strong: 0.7, medium: 0.4, weak: 0.2 };
const LEVELS: [Confidence, number][] = [['high', 0.85], ['medium', 0.6], ['low', 0.35]];

// [name, test on the lower-cased path, weight]
const PATHS: [string, (p: string) => boolean, SignalWeight][] = [
  ['/chat/completions', (p) => p.endsWith('/chat/completions'), 'strong'],
  ['/v1/responses', (p) => p === '/v1/responses' || p.startsWith('/v1/responses/'), 'strong'],
  [':generateContent', (p) => p.endsWith(':generatecontent') || p.endsWith(':streamgeneratecontent'), 'strong'],
  ['/v1/realtime', (p) => p.startsWith('/v1/realtime'), 'medium'],
  ['/v1/messages', (p) => p === '/v1/messages', 'medium'],
  ['/v1/completions', (p) => p.endsWith('/v1/completions'), 'medium'],
  ['/v1/embeddings', (p) => p.endsWith('/v1/embeddings'), 'medium'],
  ['/api/chat', (p) => p === '/api/chat', 'weak'],
  ['/api/generate', (p) => p === '/api/generate', 'weak'],
];

const HEADERS: [string, (name: string) => boolean, SignalWeight][] = [
  ['x-stainless-*', (n) => n.startsWith('x-stainless-'), 'strong'],
  ['anthropic-dangerous-direct-browser-access', (n) => n === 'anthropic-dangerous-direct-browser-access', 'strong'],
  ['anthropic-version', (n) => n === 'anthropic-version', 'strong'],
  ['openai-organization/project', (n) => n === 'openai-organization' || n === 'openai-project', 'strong'],
  ['x-goog-api-key', (n) => n === 'x-goog-api-key', 'weak'], // also Firebase and other Google APIs
];

function headerSignals(req: SignalRequest): AiSignal[] {
  const names = new Set((req.headers ?? []).map(([n]) => n.toLowerCase()));
  const found: AiSignal[] = HEADERS.filter(([, test]) => [...names].some(test)).map(([name, , weight]) => ({ kind: 'sdk-header', name, weight }));
  if (names.has('api-key') && req.url.searchParams.has('api-version')) found.push({ kind: 'sdk-header', name: 'api-key+api-version', weight: 'medium' });
  return found;
}

export function detectAiSignals(req: SignalRequest): AiSignal[] {
  const signals: AiSignal[] = llmBodyShapes(req.bodyText).map((s) => ({ kind: 'body-shape', ...s }));
  const path = req.url.pathname.toLowerCase();
  const p = PATHS.find(([, test]) => test(path));
  if (p) signals.push({ kind: 'path', name: p[0], weight: p[2] });
  signals.push(...headerSignals(req));
  if (req.protocols?.some((x) => x.startsWith('openai-insecure-api-key.')))
    signals.push({ kind: 'websocket-subprotocol', name: 'openai-insecure-api-key.*', weight: 'strong' });
  const sse = req.transport === 'eventsource' || /^\s*text\/event-stream/i.test(req.responseContentType ?? '') || req.url.searchParams.get('alt') === 'sse';
  if (sse) signals.push({ kind: 'streaming', name: 'server-sent events', weight: 'weak' });
  return signals;
}

export function scoreSignals(signals: readonly AiSignal[]): { score: number; confidence: Confidence | null } {
  const score = 1 - signals.reduce((miss, s) => miss * (1 - WEIGHT[s.weight]), 1);
  return { score, confidence: LEVELS.find(([, min]) => score >= min)?.[0] ?? null };
}
