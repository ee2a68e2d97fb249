import { DEFAULT_BODY_CAP } from './body';
import { parseCustomDestinations, type CustomDestination } from './custom-destination';
import { originOf, type MonitoredOrigin } from './origin';

// User settings live in storage.local under one key; everything reads them through here.

export interface Settings {
  monitored: MonitoredOrigin[];
  /** Bytes of each request body kept for detection; the rest is noted as truncated. */
  bodyCapBytes: number;
  /** Other hosts or origins that are the store's own (a CDN, a headless front end): first-party. */
  storeHosts: string[];
  /** Endpoints the user trusts as sovereign/self-hosted AI: reported as info, never as a leak. */
  sovereignEndpoints: string[];
  /** AI destinations the catalog does not know. */
  customDestinations: CustomDestination[];
  /** The QA canary customer (a unique test email, name, phone): always a seed of every session. */
  canary: CanaryProfile;
  /** Sessions whose last activity is older than this many days are deleted. */
  retentionDays: number;
  /** Then the oldest sessions are deleted until the stored data is estimated to fit this. */
  retentionMaxMB: number;
}

export interface CanaryProfile {
  email?: string;
  firstName?: string;
  lastName?: string;
  phone?: string;
}

export const SETTINGS_KEY = 'settings';
export const DEFAULT_SETTINGS: Settings = {
  monitored: [], bodyCapBytes: DEFAULT_BODY_CAP, storeHosts: [], sovereignEndpoints: [], customDestinations: [], canary: {},
  retentionDays: 30, retentionMaxMB: 500,
};
const MIN_CAP = 1024;
const MAX_CAP = 64 * 1024 * 1024;

/** Settings from untrusted storage contents: unknown or invalid values fall back to defaults. */
export function normaliseSettings(raw: unknown): Settings {
  const input = (raw && typeof raw === 'object' ? raw : {}) as Partial<Record<keyof Settings, unknown>>;
  const monitored: MonitoredOrigin[] = [];
  for (const entry of Array.isArray(input.monitored) ? input.monitored : []) {
    const origin = typeof entry?.origin === 'string' ? originOf(entry.origin) : null;
    if (origin && !monitored.some((m) => m.origin === origin))
      monitored.push({ origin, includeSubdomains: entry.includeSubdomains === true });
  }
  const cap = Number(input.bodyCapBytes);
  const bodyCapBytes = Number.isFinite(cap) ? Math.min(MAX_CAP, Math.max(MIN_CAP, Math.round(cap))) : DEFAULT_BODY_CAP;
  const lines = (v: unknown) => (Array.isArray(v) ? v : []).filter((x): x is string => typeof x === 'string' && x.trim() !== '').map((x) => x.trim()).slice(0, 200);
  const custom = Array.isArray(input.customDestinations)
    ? parseCustomDestinations(input.customDestinations.map((d: Partial<CustomDestination>) => `${d?.host}, ${d?.vendor}, ${d?.category}, ${d?.country}`).join('\n')).entries
    : [];
  const c = (input.canary && typeof input.canary === 'object' ? input.canary : {}) as Record<string, unknown>;
  const canary: CanaryProfile = {};
  for (const key of ['email', 'firstName', 'lastName', 'phone'] as const)
    if (typeof c[key] === 'string' && c[key].trim()) canary[key] = (c[key] as string).trim().slice(0, 200);
  return {
    monitored, bodyCapBytes, storeHosts: lines(input.storeHosts), sovereignEndpoints: lines(input.sovereignEndpoints), customDestinations: custom, canary,
    retentionDays: clampInt(input.retentionDays, 1, 3650, DEFAULT_SETTINGS.retentionDays),
    retentionMaxMB: clampInt(input.retentionMaxMB, 10, 100_000, DEFAULT_SETTINGS.retentionMaxMB),
  };
}

function clampInt(value: unknown, min: number, max: number, fallback: number): number {
  const n = typeof value === 'number' || typeof value === 'string' ? Number(value) : NaN;
  return Number.isFinite(n) && (typeof value !== 'string' || value.trim() !== '') ? Math.min(max, Math.max(min, Math.round(n))) : fallback;
}

/** Adds origins (keeping existing entries and their subdomain choice). */
export function withMonitored(settings: Settings, origins: readonly string[]): Settings {
  const monitored = [...settings.monitored];
  for (const origin of origins)
    if (!monitored.some((m) => m.origin === origin)) monitored.push({ origin, includeSubdomains: false });
  return { ...settings, monitored };
}

/** Parses `?monitor=<origin>[,<origin>…]` into origins and the parts that are not origins. */
export function parseMonitorParam(search: string): { origins: string[]; invalid: string[] } {
  const values = new URLSearchParams(search).getAll('monitor').flatMap((v) => v.split(','));
  const origins: string[] = [];
  const invalid: string[] = [];
  for (const value of values.map((v) => v.trim()).filter(Boolean)) {
    const origin = originOf(value);
    if (origin) origins.includes(origin) || origins.push(origin);
    else invalid.push(value);
  }
  return { origins, invalid };
}
