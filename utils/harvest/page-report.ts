import { collectInventoryFacts } from '../inventory-message';
import type { ContentMessage } from '../messages';
import { classifyPage } from '../wc/classify-page';
import { extractPageFacts } from '../wc/extract-page-facts';
import { cartSeeds, readCartItems } from './cart-items';
import { readPreloadedCustomer } from './preloaded-cart';

// Once the top frame's DOM is there: what page this is, what it loads, and the cart it shows.

export function reportPage(doc: Document, url: string, send: (m: ContentMessage) => void): void {
  const facts = extractPageFacts(doc, { url });
  send({ type: 'page-type', page: classifyPage(facts) });
  const inventory = collectInventoryFacts(doc, facts.globals);
  send({ type: 'inventory', facts: inventory });
  const scripts = inventory.inlineScriptSnippets ?? [];
  const seeds = [...cartSeeds(readCartItems(doc, scripts)), ...readPreloadedCustomer(scripts)];
  if (seeds.length > 0) send({ type: 'seeds', seeds });
}
