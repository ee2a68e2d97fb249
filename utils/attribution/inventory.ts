import { integrationOfComponent, integrationsOfGlobals, type AiIntegration } from './ai-integrations';
import { findExposures, type Exposure } from './exposures';
import { attributeScript } from './script';
import type { AttributionContext, Component } from './types';

/**
 * The visit's inventory: every script and iframe the page loads with its component, the AI
 * integrations present, and secrets or prompts exposed in inline scripts.
 *
 * Why: "which components run on this page" must come from what the page actually loads (scripts,
 * iframes, globals), never from lists of installed plugins. Counts are capped so a hostile page
 * with thousands of scripts costs a bounded amount of work.
 */

export interface PageFacts {
  scripts: readonly string[];
  iframes: readonly string[];
  /** Names of the page's own `window` properties. */
  globals: readonly string[];
  inlineScriptSnippets?: readonly string[];
}

export type InventoryItem = Component & { url: string; loadedAs: 'script' | 'iframe' };

export interface Inventory {
  components: InventoryItem[];
  aiIntegrations: AiIntegration[];
  exposures: Exposure[];
}

const MAX_URLS = 500;
const MAX_GLOBALS = 5000;

export function buildInventory(facts: PageFacts, ctx: AttributionContext): Inventory {
  const components: InventoryItem[] = [];
  const seen = new Set<string>();
  const add = (urls: readonly string[], loadedAs: InventoryItem['loadedAs']) => {
    for (const url of urls) {
      if (components.length >= MAX_URLS) return;
      if (seen.has(`${loadedAs} ${url}`)) continue;
      seen.add(`${loadedAs} ${url}`);
      components.push({ ...attributeScript(url, ctx), url, loadedAs });
    }
  };
  add(facts.scripts, 'script');
  add(facts.iframes, 'iframe');

  const found = [
    ...components.map((c) => integrationOfComponent(c, ctx.catalog)),
    ...integrationsOfGlobals(facts.globals.slice(0, MAX_GLOBALS), ctx.catalog),
  ].filter((i): i is AiIntegration => i !== null);
  const keys = new Set<string>();
  const aiIntegrations = found.filter((i) => {
    const key = `${i.entryId} ${i.kind} ${i.evidence}`;
    return !keys.has(key) && !!keys.add(key);
  });
  return { components, aiIntegrations, exposures: findExposures(facts.inlineScriptSnippets ?? []) };
}
