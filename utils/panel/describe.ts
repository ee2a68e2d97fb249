import type { FindingRow } from '../db';
import type { PageType } from '../wc/page-type';

// The words a finding row shows. Everything returned is plain text for text nodes, never markup.

type Source = FindingRow['source'];

/** What left: the data category and the first masked preview. */
export function whatLabel(f: FindingRow): { category: string; preview: string } {
  const preview = f.evidence.find((e) => e.preview)?.preview ?? '';
  return { category: f.dataCategory === 'none' ? 'AI integration present' : f.dataCategory, preview };
}

/** To whom: vendor (or host), service category, country. */
export function whomLabel(f: FindingRow): string {
  const d = f.destination;
  const who = d.vendor ? `${d.vendor} (${d.host || 'page'})` : d.host || 'unknown host';
  const kind = d.kind === 'first-party-relay' ? 'the store itself (relay)' : d.kind === 'sovereign-local' ? 'local / sovereign' : d.serviceCategory;
  return [who, kind, d.country && d.country !== 'unknown' ? d.country : d.region === 'eu' ? 'EU region' : undefined].filter(Boolean).join(' · ');
}

/** By whom: the WordPress component, e.g. "plugin ai-engine 2.1.0", else the script's file name. */
export function componentLabel(source: Source): string {
  const c = source.component;
  if (c && c.kind !== 'unknown' && (c.slug || c.vendor)) return [c.kind, c.slug ?? c.vendor, c.version].filter(Boolean).join(' ');
  if (source.url) return scriptName(source.url);
  return source.method === 'document' ? 'the page (form)' : 'unknown script';
}

/** A script URL as text: only http(s) URLs are named, anything else (javascript:, data:) is not shown raw. */
export function scriptUrlText(url: string | undefined): string {
  if (!url) return '';
  return /^https?:\/\//i.test(url) ? url : `(${url.split(':')[0]!.slice(0, 20)} URL, not shown)`;
}

function scriptName(url: string): string {
  if (!/^https?:\/\//i.test(url)) return scriptUrlText(url);
  try {
    const u = new URL(url);
    return `${u.host}${u.pathname.length > 40 ? `…${u.pathname.slice(-38)}` : u.pathname}`;
  } catch {
    return url.slice(0, 60);
  }
}

/** How: transports and the encoding chain of the first evidence, outermost first. */
export function howLabel(f: FindingRow): string {
  const transports = (f.transports.length ? f.transports : [f.transport]).join(', ');
  const chain = f.evidence[0]?.chain ?? [];
  return chain.length ? `${transports} · ${chain.join(' → ')}` : transports;
}

// Local HH:MM:SS by hand: toLocaleTimeString builds a formatter per call, which cost the panel's first paint.
const pad = (n: number) => String(n).padStart(2, '0');
export function formatTime(ms: number): string {
  const d = new Date(ms);
  return `${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}`;
}

export function whenLabel(f: FindingRow): string {
  const times = f.firstSeen === f.lastSeen ? formatTime(f.firstSeen) : `${formatTime(f.firstSeen)}–${formatTime(f.lastSeen)}`;
  return `${times} · ${f.count}×`;
}

export function consentLabel(consent: FindingRow['consent']): string {
  if (!consent) return 'unknown (no consent signal read)';
  return consent.cmp ? `${consent.state} (${consent.cmp})` : consent.state;
}

export function pageTypeLabel(page: PageType | undefined): string {
  if (!page) return 'page type not known yet';
  switch (page.kind) {
    case 'cart':
    case 'checkout':
      return page.variant === 'unknown' ? page.kind : `${page.kind} (${page.variant})`;
    case 'my-account':
      return page.endpoint ? `my-account (${page.endpoint})` : 'my-account';
    case 'wp-admin':
      return `wp-admin (${page.admin.screen})`;
    default:
      return page.kind;
  }
}
