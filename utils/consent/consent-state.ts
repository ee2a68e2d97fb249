// Consent state from `ConsentFacts`: each tool's reader, then the most specific answer.
// Order follows the reference: a tool's own API/cookies first, then the WP Consent API,
// then IAB TCF, then Google Consent Mode (which cannot tell refused from never asked).
import { readBorlabs } from '@/utils/consent/cmp-borlabs';
import { readConsentMode } from '@/utils/consent/cmp-consent-mode';
import { readComplianz } from '@/utils/consent/cmp-complianz';
import { readCookiebot, readUsercentrics } from '@/utils/consent/cmp-cookiebot';
import { readCookieNotice } from '@/utils/consent/cmp-cookie-notice';
import { readCookieLawInfo, readCookieYes } from '@/utils/consent/cmp-cookieyes';
import { readMoove } from '@/utils/consent/cmp-moove';
import { readRealCookieBanner } from '@/utils/consent/cmp-real-cookie-banner';
import { readTcfState } from '@/utils/consent/cmp-tcf';
import { readWpConsentApi } from '@/utils/consent/cmp-wp-consent-api';
import { MAX_COOKIE_NAME, MAX_COOKIE_VALUE, MAX_COOKIES } from '@/utils/consent/cookies';
import { field, global } from '@/utils/consent/reading';
import type { CmpReading, ConsentFacts, ConsentState } from '@/utils/consent/types';

const TOOLS = [readComplianz, readCookieYes, readCookieLawInfo, readCookiebot, readUsercentrics,
  readBorlabs, readRealCookieBanner, readMoove, readCookieNotice];
const STANDARDS = [readWpConsentApi, readTcfState, readConsentMode];

function run(readers: ((facts: ConsentFacts) => CmpReading | null)[], facts: ConsentFacts): CmpReading[] {
  return readers.flatMap((read) => {
    try {
      return read(facts) ?? [];
    } catch {
      return [];
    }
  });
}

const MAX_EVIDENCE = 30;
const MAX_LINE = 200;

/** Facts may come from anywhere (a message, storage): cap them before reading. */
function bounded(input: ConsentFacts | null | undefined): ConsentFacts {
  const facts: Partial<ConsentFacts> = input && typeof input === 'object' ? input : {};
  const cookies = Object.create(null) as Record<string, string>;
  const entries = facts.cookies && typeof facts.cookies === 'object' ? Object.entries(facts.cookies).slice(0, MAX_COOKIES) : [];
  for (const [name, value] of entries) if (typeof value === 'string') cookies[name.slice(0, MAX_COOKIE_NAME)] = value.slice(0, MAX_COOKIE_VALUE);
  const globals = facts.globals && typeof facts.globals === 'object' ? facts.globals : {};
  const domMarkers = Array.isArray(facts.domMarkers) ? facts.domMarkers.filter((m) => typeof m === 'string').slice(0, 100) : [];
  return facts.tcf && typeof facts.tcf === 'object' ? { cookies, globals, domMarkers, tcf: facts.tcf } : { cookies, globals, domMarkers };
}

function noCmp(facts: ConsentFacts): ConsentState {
  const evidence = ['no consent tool globals, cookies or banners found'];
  if (global(facts, 'consent_api') !== undefined || field(global(facts, 'wp_has_consent'), 'marketing') !== undefined) {
    evidence.push('WP Consent API loaded without a consent type (no consent tool)');
  }
  return { cmp: null, state: 'no-cmp', evidence };
}

export function consentState(input: ConsentFacts | null | undefined): ConsentState {
  const result = choose(bounded(input));
  result.evidence = result.evidence.slice(0, MAX_EVIDENCE).map((line) => line.slice(0, MAX_LINE));
  return result;
}

function choose(facts: ConsentFacts): ConsentState {
  const tools = run(TOOLS, facts);
  const standards = run(STANDARDS, facts);
  const readings = [...tools, ...standards];
  const chosen = readings[0];
  if (!chosen) return noCmp(facts);
  const result: ConsentState = { ...chosen, evidence: [...chosen.evidence] };
  const mirror = standards.find((r) => r.state !== 'unknown');
  if (chosen.state === 'unknown' && mirror) {
    // The tool is known but its decision is not readable: use what it mirrored into a standard.
    result.state = mirror.state;
    if (mirror.categories) result.categories = mirror.categories;
    result.evidence.push(`state read through ${mirror.cmp}`);
  }
  for (const other of readings.slice(1)) result.evidence.push(`also present: ${other.cmp} (${other.state})`);
  return result;
}
