// Types for store.mjs (kept by hand).
import type { Frame, Page } from 'playwright-core';

export interface FormPartSent {
  name: string;
  value?: string;
  file?: { name: string; type: string; size: number };
}

export interface SentEntry {
  plugin?: string;
  transport: string;
  method?: string;
  url: string;
  script: string;
  marker: string;
  body?: string;
  parts?: FormPartSent[];
  fields?: Record<string, string>;
  frames?: ({ text: string } | { bytes: number[] })[];
  frame?: 'widget';
  frameUrl?: string;
  route?: string;
}

export interface PageVisit {
  name: string;
  url: string;
  sent: SentEntry[];
  errors: string[];
}

export declare const STORE_PAGES: { name: string; path: string }[];
export declare function settleFixtures(target: Page | Frame): Promise<{ sent: SentEntry[]; errors: string[] }>;
export declare function visitStorePage(page: Page, spec: { name: string; path: string }, origin?: string): Promise<PageVisit>;
export declare function walkStore(
  page: Page,
  options?: { pages?: { name: string; path: string }[]; onPage?: (v: PageVisit) => void | Promise<void> },
): Promise<PageVisit[]>;
