import type { ChainNode } from './chain';
import { isCardNumber } from './detectors/cards';
import { findEmails } from './detectors/emails';
import { findIbans } from './detectors/iban';
import { findKeys } from './detectors/api-keys';
import { isContextPhone } from './detectors/phones';
import { digitRuns, groupSpans, type DigitRun } from './digit-runs';
import { F_AT, F_DIGITS, F_KEYHINT, F_MANY_DIGITS, F_TOKEN } from './matcher';
import { newHit, type ScanContext } from './scan-context';

// Everything found in one text besides the seed candidates: seed phone numbers written in any
// format, and the seedless detectors.

/** Seed phone numbers among the digit strings of a run (any whole groups, 6–17 digits). */
function seedPhones(ctx: ScanContext, text: string, run: DigitRun, chain: ChainNode | null, textId: number): void {
  const keys = ctx.index.phoneKeys;
  for (const digits of groupSpans(run, 6, 17)) {
    const found = keys.get(digits);
    if (!found) continue;
    for (const { seed, form } of found) {
      if (!seed.alive) continue;
      ctx.seedHit(newHit(seed, [form], chain, text.slice(run.start, run.end), textId, run.start, run.end));
    }
  }
}

export function runDetectors(ctx: ScanContext, text: string, chain: ChainNode | null, flags: number, textId: number, key?: string): void {
  if (flags & F_AT) for (const e of findEmails(text)) ctx.detector('email-address', e, chain);
  if (flags & F_DIGITS) {
    for (const run of digitRuns(text)) {
      if (ctx.index.phoneKeys.size > 0) seedPhones(ctx, text, run, chain, textId);
      if (isCardNumber(run)) ctx.detector('payment-card', text.slice(run.start, run.end), chain);
      else if (isContextPhone(text, run, key)) ctx.detector('phone-number', text.slice(run.start, run.end), chain);
    }
  }
  // AIza keys have no '-' or '_' prefix; they are 39 mixed-case characters, so the text has F_TOKEN.
  if (flags & F_KEYHINT || (flags & F_TOKEN && text.includes('AIza'))) for (const k of findKeys(text)) ctx.detector(k.category, k.value, chain, k.vendor);
  if (flags & F_MANY_DIGITS) for (const iban of findIbans(text)) ctx.detector('iban', iban, chain);
}
