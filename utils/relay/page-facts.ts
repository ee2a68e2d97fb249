import type { Seed } from '../detect/types';
import type { HookPageFact } from '../hook-event';
import { storeResponseSeeds, type ParseHtml } from '../harvest/store-response';

// What the relay does with the hook's facts about the page: store responses (and page globals)
// become seeds for the background; consent globals join the consent state stamped on events.

export interface PageFactDeps {
  sendSeeds(seeds: Seed[]): void;
  parseHtml?: ParseHtml;
  /** The consent tools' MAIN-world state, as the hook last saw it. */
  setConsentGlobals?(snapshot: unknown): void;
  /** Page globals (parsed JSON) → seeds. */
  customerSeeds?(snapshot: unknown): Seed[];
}

function parse(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

export function createPageFactHandler(deps: PageFactDeps): (fact: HookPageFact) => void {
  return (fact) => {
    let seeds: Seed[] = [];
    if (fact.type === 'store-response') seeds = storeResponseSeeds(fact.endpoint, fact.text, deps.parseHtml);
    else if (fact.type === 'page-customer') seeds = deps.customerSeeds?.(parse(fact.snapshot)) ?? [];
    else deps.setConsentGlobals?.(parse(fact.snapshot));
    if (seeds.length > 0) deps.sendSeeds(seeds.slice(0, 500));
  };
}
