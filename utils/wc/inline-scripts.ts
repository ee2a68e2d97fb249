// Pure string scans of inline `<script>` text: which globals a script declares, and the
// WooCommerce version inside `wcSettings` (plain, JSON-escaped or URL-encoded JSON).

const DECLARED = /(?:^|[\s;{(,])(?:var|let|const)\s+([A-Za-z_$][\w$]*)\s*=|\bwindow\.([A-Za-z_$][\w$]*)\s*=(?!=)|\bwindow\[\s*['"]([A-Za-z_$][\w$]*)['"]\s*\]\s*=(?!=)/g;
const WC_VERSION = /wcVersion(?:%22|\\*")\s*(?::|%3A)\s*(?:%22|\\*")(\d+(?:\.\d+){0,3})/;
const ASSET_VER = /\/(?:wp-content\/plugins|c0\.wp\.com\/p)\/woocommerce\/(?:\d+(?:\.\d+)*\/)?assets\/js\/frontend\/[^?#]*\?(?:[^#]*&)?ver=(\d+(?:\.\d+){1,3})(?:[&#]|$)/;

export const MAX_SCRIPT_CHARS = 512 * 1024;

/** Names declared with var/let/const or assigned on `window`, in source order, without duplicates. */
export function declaredGlobals(text: string, limit = 200): string[] {
  const names = new Set<string>();
  for (const m of text.slice(0, MAX_SCRIPT_CHARS).matchAll(DECLARED)) {
    const name = m[1] ?? m[2] ?? m[3];
    if (name) names.add(name);
    if (names.size >= limit) break;
  }
  return [...names];
}

/** `wcSettings.wcVersion` as written in the script text, if any. */
export function wcVersionInScript(text: string): string | undefined {
  if (!text.includes('wcVersion')) return undefined;
  return text.slice(0, MAX_SCRIPT_CHARS).match(WC_VERSION)?.[1];
}

/** The `ver=` of a classic WooCommerce asset URL, which WooCommerce sets to its own version. */
export function wcVersionInAssetUrl(src: string): string | undefined {
  return src.match(ASSET_VER)?.[1];
}
