import type { CompiledCatalog } from '@/utils/catalog/catalog';
import { classifyDestination, type Destination } from '@/utils/catalog/classify';
import { scanRequest, type SeedIndex } from '@/utils/detect';
import type { AiDestination } from './finding-destination';
import { findingsOf } from './findings';
import { maskUrl } from './mask-url';
import { effectiveMatches, seedCategories } from './matches';
import { bodyInput, classifyInputOf, scanInputOf } from './request-input';
import { targetOf } from './target';
import type { AnalyseRecord, AnalyseResult, AnalyseSettings } from './types';
import { userEntriesOf } from './user-entries';

/**
 * analyse: which customer data one request (or WebSocket frame) sends to which AI service.
 *
 * Why this shape: pure (no browser API), so the background, re-analysis after a late seed and a
 * CLI share it. The destination decides whether a finding can exist at all — seeds that reach a
 * non-AI third party or the store itself are only counted — and the matcher decides what data it
 * is about. It never throws: any internal error gives an empty, partial result.
 *
 * `catalog` is the compiled catalog (`catalogWith(userEntries)`); the classifier is handed its user
 * entries (or `settings.userEntries`). A body truncated at capture counts as a partial scan.
 */

const NOWHERE: Destination = { kind: 'third-party', host: '', registrableDomain: null, sameSiteAsStore: false };

function run(record: AnalyseRecord, seeds: SeedIndex, catalog: CompiledCatalog | undefined, settings: AnalyseSettings, seen: { destination: Destination }): AnalyseResult {
  const body = bodyInput(record.body, record.requestHeaders);
  const context = { storeOrigins: settings.storeOrigins, sovereignEndpoints: settings.sovereignEndpoints, userEntries: userEntriesOf(catalog, settings.userEntries) };
  const destination = (seen.destination = classifyDestination(classifyInputOf(record, body), context));
  const scan = scanRequest(scanInputOf(record, body), seeds, settings.budget);
  const partial = scan.partial || record.body?.status === 'truncated';
  const target = targetOf(destination);
  const result: AnalyseResult = { findings: [], nonAiSeedFlows: 0, partial, destination };
  const masked = scan.matches.length ? maskUrl(record.url, scan.matches) : record.url;
  if (masked !== record.url) result.maskedUrl = masked;
  if (target === null) result.nonAiSeedFlows = seedCategories(scan.matches);
  else result.findings = findingsOf({ record, dest: destination as AiDestination, target, partial, settings }, effectiveMatches(scan.matches));
  return result;
}

export function analyse(record: AnalyseRecord, seeds: SeedIndex, catalog: CompiledCatalog | undefined, settings: AnalyseSettings): AnalyseResult {
  const seen = { destination: NOWHERE };
  try {
    return run(record, seeds, catalog, settings, seen);
  } catch {
    return { findings: [], nonAiSeedFlows: 0, partial: true, destination: seen.destination };
  }
}
