import { declaredGlobals, wcVersionInAssetUrl, wcVersionInScript } from '@/utils/wc/inline-scripts';
import type { PageFacts } from '@/utils/wc/page-facts';

// Build PageFacts from a Document with a fixed, small number of queries, each capped, so a huge
// or hostile page costs bounded time. Plain DOM APIs only (works in a content script and linkedom).

const CAP = { scripts: 150, scriptChars: 2_000_000, srcs: 200, blocks: 400, markers: 120, forms: 60, globals: 300, generators: 5 };
const FORM_CLASSES = [
  'checkout', 'woocommerce-checkout', 'wc-block-checkout__form', 'woocommerce-cart-form', 'cart', 'variations_form',
  'woocommerce-form-login', 'login', 'woocommerce-form-register', 'register', 'woocommerce-EditAccountForm', 'edit-account',
  'lost_reset_password', 'woocommerce-ResetPassword', 'woocommerce-form-coupon', 'woocommerce-shipping-calculator',
  'woocommerce-product-search', 'woocommerce-ordering',
];
const JS_TYPE = /^(|text\/javascript|application\/javascript|module)$/i;
const ADMIN_PARAMS = ['page', 'post_type', 'action', 'path', 'tab', 'section', 'post', 'id'];

export interface ExtractOptions {
  /** The page URL (defaults to document.URL). */
  url?: string;
  /** Globals seen directly by the page hook, merged with those found in inline scripts. */
  globals?: string[];
}

function first<T>(list: ArrayLike<T>, cap: number): T[] {
  return Array.prototype.slice.call(list, 0, cap) as T[];
}

/** Class tokens from the attribute (not classList, whose shape differs between DOM implementations). */
function classesOf(el: Element, cap: number): string[] {
  return (el.getAttribute('class') ?? '').slice(0, 4000).split(/\s+/).filter(Boolean).slice(0, cap);
}

export function adminPageOf(url: string): string | undefined {
  try {
    const u = new URL(url);
    const at = u.pathname.indexOf('/wp-admin/');
    if (at < 0) return undefined;
    const file = u.pathname.slice(at + '/wp-admin/'.length) || 'index.php';
    const kept = ADMIN_PARAMS.filter((p) => u.searchParams.has(p)).map((p) => `${p}=${encodeURIComponent(u.searchParams.get(p) ?? '')}`);
    return kept.length ? `${file}?${kept.join('&')}` : file;
  } catch {
    return undefined;
  }
}

function scriptFacts(doc: Document, extra: string[]): { globals: string[]; version?: string; srcs: string[] } {
  const globals = new Set(extra.slice(0, CAP.globals));
  let version: string | undefined;
  let budget = CAP.scriptChars;
  for (const script of first(doc.querySelectorAll('script:not([src])'), CAP.scripts)) {
    if (!JS_TYPE.test(script.getAttribute('type') ?? '')) continue;
    const text = (script.textContent ?? '').slice(0, budget);
    budget -= text.length;
    for (const name of declaredGlobals(text)) if (globals.size < CAP.globals) globals.add(name);
    version ??= wcVersionInScript(text);
    if (budget <= 0) break;
  }
  const srcs = first(doc.querySelectorAll('script[src]'), CAP.srcs).map((s) => s.getAttribute('src') ?? '').filter(Boolean);
  for (const src of srcs) version ??= wcVersionInAssetUrl(src);
  return version ? { globals: [...globals], version, srcs } : { globals: [...globals], srcs };
}

function blockMarkers(doc: Document): string[] {
  const markers = new Set<string>();
  for (const el of first(doc.querySelectorAll('[data-block-name^="woocommerce/"], [class*="wp-block-woocommerce-"]'), CAP.blocks)) {
    const name = el.getAttribute('data-block-name');
    if (name) markers.add(name);
    for (const c of classesOf(el, 20)) if (c.startsWith('wp-block-woocommerce-')) markers.add(c);
    if (markers.size >= CAP.markers) break;
  }
  return [...markers];
}

function forms(doc: Document): string[] {
  const out = new Set<string>();
  for (const form of first(doc.querySelectorAll('form'), CAP.forms)) {
    const classes = classesOf(form, 30);
    for (const c of FORM_CLASSES) if (classes.includes(c)) out.add(`form.${c}`);
    if (form.getAttribute('name') === 'checkout') out.add('form[name=checkout]');
  }
  return [...out];
}

export function extractPageFacts(doc: Document, options: ExtractOptions = {}): PageFacts {
  const url = options.url ?? doc.URL ?? '';
  const generators = first(doc.querySelectorAll('meta[name="generator"]'), CAP.generators).map((m) => (m.getAttribute('content') ?? '').trim().slice(0, 100)).filter(Boolean);
  const scripts = scriptFacts(doc, options.globals ?? []);
  const facts: PageFacts = {
    url,
    bodyClasses: doc.body ? classesOf(doc.body, 200) : [],
    globals: scripts.globals,
    blockMarkers: blockMarkers(doc),
    forms: forms(doc),
    scriptSrcs: scripts.srcs,
  };
  if (generators.length) facts.generator = generators.join('; ');
  const adminPage = adminPageOf(url);
  if (adminPage) facts.adminPage = adminPage;
  if (scripts.version) facts.wcVersion = scripts.version;
  return facts;
}
