import type { browser as Browser } from 'wxt/browser';
import type { Settings } from '../settings';
import type { ExportMeta } from './build';

// The provenance an extension page passes to buildFindingsExport: our version and the browser's.

/** Browser name and version from a user-agent string (Firefox, Edge, Chrome/Chromium). */
export function browserFromUserAgent(ua: string): { name: string; version: string } {
  const rules: [string, RegExp][] = [
    ['Firefox', /Firefox\/([\d.]+)/],
    ['Edge', /Edg\/([\d.]+)/],
    ['Chromium', /Chromium\/([\d.]+)/],
    ['Chrome', /Chrome\/([\d.]+)/],
  ];
  for (const [name, re] of rules) {
    const m = re.exec(ua);
    if (m) return { name, version: m[1]! };
  }
  return { name: 'unknown', version: 'unknown' };
}

export function exportMeta(browser: typeof Browser, settings: Settings, now: number, userAgent = globalThis.navigator?.userAgent ?? ''): ExportMeta {
  return { toolVersion: browser.runtime.getManifest().version, browser: browserFromUserAgent(userAgent), exportedAt: now, settings };
}
