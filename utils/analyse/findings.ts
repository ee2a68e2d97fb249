import type { ScanMatch } from '@/utils/detect';
import type { FindingDraft, FindingKind } from '@/utils/finding';
import { complianceOf } from './compliance';
import { confidenceOf } from './confidence';
import { evidenceOf } from './evidence';
import { familyOf, type DataFamily } from './families';
import { findingDestination, transferReference, type AiDestination } from './finding-destination';
import { findingKey } from './key';
import { byCategory, sourceOf } from './matches';
import { remediationOf } from './remediation';
import { INTEGRATION_SEVERITY, severityOf } from './severity';
import type { Target } from './target';
import type { AnalyseRecord, AnalyseSettings } from './types';
import { redactUrl } from '@/utils/redact-url';

/**
 * FindingDrafts of one request to an AI destination: one per data category with all its
 * evidence, or — when no customer data was seen — one finding that says AI is present.
 */

export interface FindingContext {
  record: AnalyseRecord;
  dest: AiDestination;
  target: Target;
  partial: boolean;
  settings: AnalyseSettings;
}

/** Category of a relay finding with an LLM-shaped body and no seed: the shopper's own words. */
export const LLM_PROMPT = 'llm-prompt';

const kindOf = (target: Target): FindingKind => (target === 'sovereign' ? 'sovereign-ai' : target === 'relay' ? 'server-side-relay' : 'ai-data-transfer');

function draft(ctx: FindingContext, kind: FindingKind, category: string, family: DataFamily | null, matches: readonly ScanMatch[]): FindingDraft {
  const { record, dest, target, partial, settings } = ctx;
  const source: FindingDraft['source'] = { method: record.initiator.method };
  // A script or frame URL can carry customer data in its query (an iframe's ?customer=…): stored redacted.
  if (record.initiator.url) source.url = redactUrl(record.initiator.url);
  const confidence = confidenceOf(dest, { category, source: matches.length ? sourceOf(matches) : undefined, partial });
  return {
    key: findingKey(dest, record.url, record.initiator, category),
    kind,
    dataCategory: category,
    destination: findingDestination(dest),
    source,
    transport: record.transport,
    severity: family === null ? (kind === 'sovereign-ai' ? 'info' : INTEGRATION_SEVERITY) : severityOf(target, family),
    confidence,
    compliance: complianceOf(kind, family, transferReference(dest)),
    remediation: remediationOf(kind, family),
    evidence: evidenceOf(matches, settings.salt, settings.evidenceMode),
    partial,
  };
}

const llmShaped = (dest: AiDestination) => dest.kind === 'first-party-relay' && dest.signals.some((s) => s.kind === 'body-shape');

/** No customer data seen: sovereign traffic, a relay carrying an LLM-shaped body, or AI merely present. */
function emptyFinding(ctx: FindingContext): FindingDraft {
  if (ctx.target === 'sovereign') return draft(ctx, 'sovereign-ai', 'none', null, []);
  if (llmShaped(ctx.dest)) return draft(ctx, 'server-side-relay', LLM_PROMPT, familyOf(LLM_PROMPT), []);
  return draft(ctx, 'ai-integration', 'none', null, []);
}

export function findingsOf(ctx: FindingContext, matches: readonly ScanMatch[]): FindingDraft[] {
  if (!matches.length) return [emptyFinding(ctx)];
  const kind = kindOf(ctx.target);
  return [...byCategory(matches)].map(([category, group]) => draft(ctx, kind, category, familyOf(category), group));
}
