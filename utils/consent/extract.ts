// Gathers `ConsentFacts` from a window. Never throws; the work is a fixed list of reads.
//
// Where it runs: cookies and DOM markers are readable from the isolated content script, but
// every global (Cookiebot, complianz, cmplz_*, getCkyConsent, BorlabsCookie, consentApi,
// consent_api / wp_consent_type / wp_has_consent, dataLayer, __tcfapi) exists only in the
// page's MAIN world. Run there for a full picture; in the isolated world `globals` is empty
// and `tcf` absent. Calls the page's own read functions (cmplz_has_consent, getCkyConsent,
// wp_has_consent, __tcfapi ping/addEventListener), which a hostile page controls: their
// answers are type-checked, their exceptions swallowed.
import { parseCookies } from '@/utils/consent/cookies';
import { readDomMarkers } from '@/utils/consent/dom-markers';
import { readStandardGlobals } from '@/utils/consent/globals-standards';
import { readToolGlobals } from '@/utils/consent/globals-tools';
import { beginSnapshot, createPageReader, safeRead, type PageReader } from '@/utils/consent/safe';
import { readTcf } from '@/utils/consent/tcf';
import type { ConsentFacts } from '@/utils/consent/types';

function attempt(step: () => void): void {
  try {
    step();
  } catch {
    // each step already guards its reads; this is the last line
  }
}

/**
 * The consent tools' MAIN-world state: what the page hook sends the relay (no cookies, no DOM).
 * Pass the same `reader` to every read of one page: it remembers hostile objects and the dataLayer
 * entries already seen, so later reads cost the page almost nothing.
 */
export function extractGlobalConsentFacts(win: unknown, reader: PageReader = createPageReader()): Pick<ConsentFacts, 'globals' | 'tcf'> {
  const facts: Pick<ConsentFacts, 'globals' | 'tcf'> = { globals: {} };
  beginSnapshot(reader);
  attempt(() => readToolGlobals(reader, win, facts.globals));
  attempt(() => readStandardGlobals(reader, win, facts.globals));
  attempt(() => {
    const tcf = readTcf(reader, win);
    if (tcf) facts.tcf = tcf;
  });
  return facts;
}

/** What the isolated world can read (cookies, banners): there the page's globals do not exist. */
export function extractDocumentConsentFacts(win: unknown): ConsentFacts {
  const doc = safeRead(win, 'document');
  const facts: ConsentFacts = { cookies: {}, globals: {}, domMarkers: [] };
  attempt(() => (facts.cookies = parseCookies(safeRead(doc, 'cookie'))));
  attempt(() => (facts.domMarkers = readDomMarkers(doc)));
  return facts;
}
