import { consentState } from '../consent/consent-state';
import { extractDocumentConsentFacts } from '../consent/extract';
import type { ConsentFacts } from '../consent/types';
import type { ConsentSnapshot } from '../hook-event';

// The consent state stamped on each event: what the relay reads itself (cookies, banners) combined
// with the consent tools' globals the page hook last sent from the MAIN world. Read at most every
// 250 ms, and again at once when the hook reports a change.

export interface ConsentReader {
  (): ConsentSnapshot;
  /** The hook's latest `{ globals, tcf? }` snapshot (untrusted JSON). */
  setMainWorld(snapshot: unknown): void;
}

type MainWorld = Pick<ConsentFacts, 'globals' | 'tcf'>;

function mainWorldFacts(snapshot: unknown): MainWorld | undefined {
  if (!snapshot || typeof snapshot !== 'object') return undefined;
  const { globals, tcf } = snapshot as Partial<MainWorld>;
  if (!globals || typeof globals !== 'object' || Array.isArray(globals)) return undefined;
  return tcf && typeof tcf === 'object' ? { globals, tcf } : { globals };
}

export function createConsentReader(win: unknown, now: () => number, everyMs = 250): ConsentReader {
  let last: { at: number; value: ConsentSnapshot } | undefined;
  let main: MainWorld | undefined;
  const read = (() => {
    if (last && now() - last.at < everyMs) return last.value;
    // Cookies and banners only: the globals come from the hook (setMainWorld), the one world that has them.
    const facts = extractDocumentConsentFacts(win);
    if (main) {
      facts.globals = { ...facts.globals, ...main.globals };
      if (main.tcf && !facts.tcf) facts.tcf = main.tcf;
    }
    const { cmp, state, categories } = consentState(facts);
    last = { at: now(), value: { cmp, state, ...(categories ? { categories } : {}) } };
    return last.value;
  }) as ConsentReader;
  read.setMainWorld = (snapshot) => {
    main = mainWorldFacts(snapshot);
    last = undefined;
  };
  return read;
}
