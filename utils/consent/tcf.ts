// IAB TCF v2.2 `__tcfapi` (MAIN world only: the function is a page global).
// Only answers delivered synchronously are kept; a listener is removed again at once,
// and one that answers late removes itself and is ignored.
import type { TcfFacts } from '@/utils/consent/types';
import { asBool, asString, createPageReader, pickBools, safeGet, type PageReader } from '@/utils/consent/safe';

const PURPOSE_IDS = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11'];

function call(api: (...args: unknown[]) => unknown, ...args: unknown[]): void {
  try {
    api(...args);
  } catch {
    // a broken or hostile CMP
  }
}

function statusFields(r: PageReader, data: unknown, into: TcfFacts): void {
  const gdprApplies = asBool(safeGet(r, data, 'gdprApplies'));
  if (gdprApplies !== undefined) into.gdprApplies = gdprApplies;
  const keys = ['cmpStatus', 'displayStatus', 'eventStatus'] as const;
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i]!;
    const value = asString(safeGet(r, data, key), 32);
    if (value !== undefined) into[key] = value;
  }
}

export function readTcf(r: PageReader, win: unknown): TcfFacts | undefined {
  const api = safeGet(r, win, '__tcfapi');
  if (typeof api !== 'function') return undefined;
  const tcfapi = api as (...args: unknown[]) => unknown;
  const facts: TcfFacts = {};
  let open = true;
  let listenerId: unknown;
  const remove = (id: unknown) => typeof id === 'number' && call(tcfapi, 'removeEventListener', 2, () => undefined, id);
  call(tcfapi, 'ping', 2, (ping: unknown) => {
    if (open) statusFields(r, ping, facts);
  });
  call(tcfapi, 'addEventListener', 2, (tcData: unknown, success: unknown) => {
    if (!open) return remove(safeGet(createPageReader(), tcData, 'listenerId')); // after the snapshot: its budget is not this call's
    if (success === false) return;
    listenerId = safeGet(r, tcData, 'listenerId');
    statusFields(r, tcData, facts);
    const consents = pickBools(r, safeGet(r, safeGet(r, tcData, 'purpose'), 'consents'), PURPOSE_IDS);
    if (consents) facts.purposeConsents = consents;
  });
  open = false;
  remove(listenerId);
  return facts;
}
