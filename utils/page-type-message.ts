import * as v from 'valibot';
import type { PageClassification } from './wc/page-type';

// The top frame's page classification, checked loosely: an object with a page type and evidence.

const Schema = v.object({
  page: v.looseObject({ kind: v.pipe(v.string(), v.maxLength(40)) }),
  isWordPress: v.boolean(),
  isWooCommerce: v.boolean(),
  evidence: v.pipe(v.array(v.pipe(v.string(), v.maxLength(200))), v.maxLength(50)),
  pageEvidence: v.pipe(v.array(v.pipe(v.string(), v.maxLength(200))), v.maxLength(50)),
  wcVersion: v.optional(v.pipe(v.string(), v.maxLength(20))),
});

export interface PageTypeMessage {
  type: 'page-type';
  page: PageClassification;
}

export function parsePageClassification(input: unknown): PageClassification | null {
  const r = v.safeParse(Schema, input);
  return r.success ? (input as PageClassification) : null;
}
