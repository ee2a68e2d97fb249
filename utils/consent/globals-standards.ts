// Snapshot of the shared consent interfaces: WP Consent API and Google Consent Mode (dataLayer).
// MAIN world only. IAB TCF is read in `tcf.ts`.
import { askCategories } from '@/utils/consent/globals-tools';
import { asString, exists, pickScalars, safeGet } from '@/utils/consent/safe';

/** dataLayer entries looked at (the newest ones) and consent commands kept. */
export const MAX_LAYER_SCAN = 300;
export const MAX_CONSENT_COMMANDS = 20;
const CONSENT_TYPES = [
  'ad_storage', 'ad_user_data', 'ad_personalization', 'analytics_storage',
  'functionality_storage', 'personalization_storage', 'security_storage', 'wait_for_update',
] as const;

export interface ConsentCommand {
  action: 'default' | 'update';
  params: Record<string, string | boolean | number>;
}

function wpConsentApi(win: unknown, out: Record<string, unknown>): void {
  const type = asString(safeGet(win, 'wp_consent_type'), 64);
  if (type !== undefined) out.wp_consent_type = type;
  if (exists(win, 'consent_api')) out.consent_api = pickScalars(safeGet(win, 'consent_api'), ['consent_type', 'cookie_prefix', 'waitfor_consent_hook']);
  const answers = askCategories(win, 'wp_has_consent');
  if (answers) out.wp_has_consent = answers;
}

/** `gtag('consent', 'default' | 'update', {...})` entries, oldest first. */
export function readConsentCommands(layer: unknown): ConsentCommand[] | undefined {
  const length = safeGet(layer, 'length');
  if (typeof length !== 'number' || !Number.isFinite(length) || length < 0) return undefined;
  const commands: ConsentCommand[] = [];
  for (let i = Math.max(0, Math.floor(length) - MAX_LAYER_SCAN); i < length; i++) {
    const entry = safeGet(layer, String(i));
    if (safeGet(entry, '0') !== 'consent') continue;
    const action = safeGet(entry, '1');
    if (action !== 'default' && action !== 'update') continue;
    commands[commands.length] = { action, params: pickScalars(safeGet(entry, '2'), CONSENT_TYPES) };
  }
  // The newest ones, without Array.prototype methods a page may have replaced.
  const kept: ConsentCommand[] = [];
  for (let i = commands.length > MAX_CONSENT_COMMANDS ? commands.length - MAX_CONSENT_COMMANDS : 0; i < commands.length; i++) kept[kept.length] = commands[i]!;
  return kept;
}

export function readStandardGlobals(win: unknown, out: Record<string, unknown>): void {
  wpConsentApi(win, out);
  const commands = readConsentCommands(safeGet(win, 'dataLayer'));
  if (commands?.length) out.dataLayer = commands;
  if (typeof safeGet(win, '__tcfapi') === 'function') out.__tcfapi = true;
}
