// Snapshot of the shared consent interfaces: WP Consent API and Google Consent Mode (dataLayer).
// MAIN world only. IAB TCF is read in `tcf.ts`.
import { askCategories } from '@/utils/consent/globals-tools';
import { MAX_FAILURES, asString, exists, pickScalars, readable, safeGet, type PageReader } from '@/utils/consent/safe';

/** dataLayer entries looked at per read (the newest ones not seen before) and consent commands kept. */
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

function wpConsentApi(r: PageReader, win: unknown, out: Record<string, unknown>): void {
  const type = asString(safeGet(r, win, 'wp_consent_type'), 64);
  if (type !== undefined) out.wp_consent_type = type;
  if (exists(r, win, 'consent_api')) out.consent_api = pickScalars(r, safeGet(r, win, 'consent_api'), ['consent_type', 'cookie_prefix', 'waitfor_consent_hook']);
  const answers = askCategories(r, win, 'wp_has_consent');
  if (answers) out.wp_has_consent = answers;
}

/** The command in one entry (gtag pushes its `arguments`: own '0', '1', '2'), or undefined. */
function commandOf(r: PageReader, entry: unknown): ConsentCommand | undefined {
  if (safeGet(r, entry, '0', true) !== 'consent') return undefined;
  const action = safeGet(r, entry, '1', true);
  if (action !== 'default' && action !== 'update') return undefined;
  return { action, params: pickScalars(r, safeGet(r, entry, '2', true), CONSENT_TYPES, true) };
}

/**
 * `gtag('consent', 'default' | 'update', {...})` entries, oldest first, the newest kept. Entries
 * already looked at in an earlier read of the same reader are not read again: a read continues
 * where the last one stopped, or gives up a window whose entries kept throwing.
 */
export function readConsentCommands(r: PageReader, layer: unknown): ConsentCommand[] | undefined {
  const length = safeGet(r, layer, 'length', true);
  if (!readable(r, layer) || typeof length !== 'number' || !Number.isFinite(length) || length < 0) return undefined;
  const end = Math.floor(length);
  let cursor = r.layer;
  if (!cursor || cursor.of !== layer || end < cursor.next) cursor = r.layer = { of: layer, next: 0, commands: [] };
  const commands = cursor.commands as ConsentCommand[];
  let i = Math.max(cursor.next, end - MAX_LAYER_SCAN);
  for (; i < end && readable(r, layer); i++) {
    const command = commandOf(r, safeGet(r, layer, String(i), true));
    if (command) commands[commands.length] = command;
  }
  // Stopped by the read budget: resume here next time; a window whose entries kept throwing is given up.
  cursor.next = i < end && r.failures < MAX_FAILURES ? i : end;
  // The newest ones, without Array.prototype methods a page may have replaced.
  const kept: ConsentCommand[] = [];
  for (let k = commands.length > MAX_CONSENT_COMMANDS ? commands.length - MAX_CONSENT_COMMANDS : 0; k < commands.length; k++) kept[kept.length] = commands[k]!;
  cursor.commands = kept;
  return kept;
}

export function readStandardGlobals(r: PageReader, win: unknown, out: Record<string, unknown>): void {
  wpConsentApi(r, win, out);
  const commands = readConsentCommands(r, safeGet(r, win, 'dataLayer'));
  if (commands?.length) out.dataLayer = commands;
  if (typeof safeGet(r, win, '__tcfapi') === 'function') out.__tcfapi = true;
}
