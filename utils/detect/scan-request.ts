import { budgetOf, Work } from './budget';
import { link } from './chain';
import { findKeys } from './detectors/api-keys';
import { isAlgoliaWrite, isKeyHeader, looksLikeKey } from './detectors/exposed-keys';
import { keepShapes } from './keep-shapes';
import { percentDecode } from './percent';
import { resolveMatches } from './resolve';
import { scanBody } from './scan-body';
import { RequestFields, ScanContext } from './scan-context';
import { scanText } from './scan-text';
import { scanUrl, scanValue } from './scan-url';
import type { SeedIndex } from './seed-index';
import type { ScanBudget, ScanInput, ScanResult } from './types';

// The engine's entry point: every part of one request, scanned within a work budget. Never throws.

/** Headers that carry no page data. */
const SKIP = /^(accept(-.*)?|content-length|content-type|content-encoding|user-agent|host|connection|cache-control|pragma|priority|upgrade-insecure-requests|sec-.*|dnt|te|origin|if-.*|range|keep-alive)$/;

function scanHeaders(ctx: ScanContext): void {
  for (const [rawName, value] of ctx.input.headers ?? []) {
    const name = rawName.toLowerCase();
    if (SKIP.test(name) || !value) continue;
    if (name === 'cookie') {
      for (const pair of value.split(';')) {
        const eq = pair.indexOf('=');
        const cookie = (eq === -1 ? pair : pair.slice(0, eq)).trim();
        const node = link(null, `cookie:${cookie}`, cookie);
        scanValue(ctx, cookie, percentDecode(eq === -1 ? '' : pair.slice(eq + 1).trim()), node, 0);
      }
    } else if (name === 'referer') {
      scanUrl(ctx, value, link(null, 'header:referer', 'referer'), 0);
    } else {
      const node = link(null, `header:${name}`, name);
      scanText(ctx, value, node, 0, name);
      const token = value.replace(/^(bearer|token|basic)\s+/i, '').trim();
      if (name === 'x-algolia-api-key') {
        if (isAlgoliaWrite(ctx.input.url, ctx.input.method) && looksLikeKey(token)) ctx.detector('algolia-admin-key', token, node, 'algolia');
      } else if (isKeyHeader(name) && findKeys(token).length === 0 && looksLikeKey(token)) {
        ctx.detector('api-key', token, node, `header ${name}`);
      }
    }
  }
}

function scanProtocols(ctx: ScanContext): void {
  (ctx.input.protocols ?? []).forEach((p, i) => scanText(ctx, p, link(null, `ws-protocol[${i}]`, `ws-protocol[${i}]`), 0));
}

export function scanRequest(input: ScanInput, index: SeedIndex, budget: Partial<ScanBudget> = {}): ScanResult {
  keepShapes();
  const work = new Work(budgetOf(budget));
  const ctx = new ScanContext(index, work, new RequestFields(input));
  for (const part of [() => scanUrl(ctx, input.url ?? '', null, 0), () => scanHeaders(ctx), () => scanProtocols(ctx), () => scanBody(ctx)]) {
    try {
      part();
    } catch (e) {
      work.stop(`internal error: ${e instanceof Error ? e.message : String(e)}`.slice(0, 200));
    }
  }
  let matches: ScanResult['matches'] = [];
  try {
    matches = resolveMatches(ctx);
  } catch (e) {
    work.stop(`internal error: ${e instanceof Error ? e.message : String(e)}`.slice(0, 200));
  }
  return { matches, partial: work.partial, reasons: work.reasons, counters: { ...work.counters } };
}
