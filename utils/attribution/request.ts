import type { RequestRow } from '@/utils/db';
import { attributeScript } from './script';
import type { Attribution, AttributionContext, AttributionHow } from './types';

/**
 * A recorded request → the component responsible for it, and how that was found.
 *
 * Why: the page hook's stack names the script that made the call ('stack'), or an inline script
 * of the document ('stack-inline'). Requests with no stack (pixels, iframes, navigations, forms)
 * fall back to the document that made them ('document' for a submitted form, 'frame-document'
 * otherwise) and to webRequest's initiator ('webRequest-initiator', only an origin on Chrome).
 * A navigation is attributed to whoever started it, so its initiator goes before its own frame.
 */

export type RequestFacts = Pick<RequestRow, 'url' | 'frameUrl' | 'initiator' | 'transport' | 'resourceType'>;

const NAVIGATIONS = new Set(['main_frame', 'sub_frame', 'outermost_frame']);

function from(how: AttributionHow, url: string, ctx: AttributionContext): Attribution {
  return { ...attributeScript(url, ctx), how, url };
}

function pathOf(url: string): string | undefined {
  try {
    return new URL(url).pathname;
  } catch {
    return undefined;
  }
}

function inline(row: RequestFacts, ctx: AttributionContext): Attribution | null {
  const url = row.initiator.url ?? row.frameUrl;
  if (!url) return null;
  const { host } = attributeScript(url, ctx);
  const path = pathOf(url);
  const { line, column } = row.initiator;
  return { kind: 'inline', ...(host && { host }), ...(path && { path }), method: 'inline-script', how: 'stack-inline', url, ...(line !== undefined && { line }), ...(column !== undefined && { column }) };
}

export function attributeRequest(row: RequestFacts, ctx: AttributionContext): Attribution {
  const { initiator } = row;
  if (initiator.method === 'stack' && initiator.url) {
    const { line, column } = initiator;
    return { ...from('stack', initiator.url, ctx), ...(line !== undefined && { line }), ...(column !== undefined && { column }) };
  }
  if (initiator.method === 'stack-inline') {
    const found = inline(row, ctx);
    if (found) return found;
  }
  if (initiator.method === 'document' && (initiator.url ?? row.frameUrl)) {
    return from('document', (initiator.url ?? row.frameUrl)!, ctx);
  }
  const navigation = row.transport === 'navigation' || NAVIGATIONS.has(row.resourceType ?? '');
  const frame = row.frameUrl && row.frameUrl !== row.url ? row.frameUrl : undefined;
  const webRequest = initiator.method === 'webRequest-initiator' && initiator.url !== 'null' ? initiator.url : undefined;
  const candidates: [AttributionHow, string | undefined][] = navigation
    ? [['webRequest-initiator', webRequest], ['frame-document', frame]]
    : [['frame-document', frame], ['webRequest-initiator', webRequest]];
  for (const [how, url] of candidates) if (url) return from(how, url, ctx);
  return { kind: 'unknown', method: 'no-initiator', how: 'none' };
}
