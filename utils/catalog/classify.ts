import { addressScope } from './address';
import { detectAiSignals, scoreSignals, type AiSignal } from './ai-signals';
import { catalogWith } from './catalog';
import type { ClassifyContext, Destination, RequestInput } from './destination';
import { normaliseHost, registrableDomain } from './domain';
import { compileEndpoints, type EndpointSet } from './endpoints';
import { guessLocalServer } from './local-servers';
import { matchHost } from './match-host';
import { matchPluginRoute } from './wp-relay';

/**
 * classifyDestination: where a request goes, in AI terms.
 *
 * Why this order: the store's own origin first (relay rules apply there even on loopback), then
 * endpoints the user marked sovereign, then the catalog, then loopback/private addresses, then
 * wire signals of an unlisted AI endpoint; anything else is a non-AI third party. Pure: no browser
 * API, all compilation cached per input array.
 */

export type { ClassifyContext, Destination, RequestInput } from './destination';

const NETWORK = new Set(['http:', 'https:', 'ws:', 'wss:']);
const endpointCache = new WeakMap<readonly string[], EndpointSet>();
const NONE: readonly string[] = [];

function endpoints(list: readonly string[] = NONE): EndpointSet {
  let set = endpointCache.get(list);
  if (!set) endpointCache.set(list, (set = compileEndpoints(list)));
  return set;
}

const signalsOf = (req: RequestInput, url: URL): AiSignal[] =>
  detectAiSignals({ url, headers: req.headers, bodyText: req.bodyText, transport: req.transport, protocols: req.protocols, responseContentType: req.responseContentType });

function classifyStore(req: RequestInput, url: URL, base: { host: string; registrableDomain: string | null }, context: ClassifyContext): Destination {
  const catalog = catalogWith(context.userEntries);
  const signals = signalsOf(req, url);
  const relay = matchPluginRoute(catalog.plugins, url, req.bodyText);
  if (relay) return { ...base, kind: 'first-party-relay', plugins: relay.plugins, route: relay.route, confidence: 'high', signals };
  const { confidence } = scoreSignals(signals);
  if (confidence && signals.some((s) => s.kind === 'body-shape')) return { ...base, kind: 'first-party-relay', plugins: [], confidence, signals };
  return { ...base, kind: 'first-party' };
}

export function classifyDestination(req: RequestInput, context: ClassifyContext): Destination {
  let url: URL;
  try {
    url = new URL(req.url);
  } catch {
    return { kind: 'third-party', host: '', registrableDomain: null, sameSiteAsStore: false };
  }
  // data:, blob:, about: … never leave the browser.
  if (!NETWORK.has(url.protocol)) return { kind: 'first-party', host: '', registrableDomain: null };
  const host = normaliseHost(url.hostname);
  const base = { host, registrableDomain: registrableDomain(host) };
  const store = endpoints(context.storeOrigins);
  if (store.matches(url)) return classifyStore(req, url, base, context);
  const catalog = catalogWith(context.userEntries);
  if (endpoints(context.sovereignEndpoints).matches(url))
    return { ...base, kind: 'sovereign-local', reason: 'user-marked', entry: guessLocalServer(catalog.local, url), signals: signalsOf(req, url) };
  const match = matchHost(catalog.hosts, host, url.pathname, base.registrableDomain);
  if (match?.entry.category === 'local-llm') return { ...base, kind: 'sovereign-local', reason: 'user-marked', entry: match.entry, signals: signalsOf(req, url) };
  if (match) return { ...base, kind: 'catalogued', ...match };
  const scope = addressScope(host);
  if (scope) return { ...base, kind: 'sovereign-local', reason: scope, entry: guessLocalServer(catalog.local, url), signals: signalsOf(req, url) };
  const signals = signalsOf(req, url);
  const { score, confidence } = scoreSignals(signals);
  if (confidence) return { ...base, kind: 'unlisted-ai', confidence, score, signals };
  return { ...base, kind: 'third-party', sameSiteAsStore: base.registrableDomain !== null && store.sites.has(base.registrableDomain) };
}
