import type { browser as Browser } from 'wxt/browser';
import type { SettingsCache } from '../settings-cache';
import {
  fromBeforeRequest, fromCompleted, fromError, fromSendHeaders, type RequestDetails,
} from '../web-request-observations';
import type { Recorder } from '../recorder';

// Observational webRequest listeners (never blocking), registered synchronously at startup.

const ALL = { urls: ['<all_urls>'] };

export function registerWebRequest(browser: typeof Browser, recorder: Recorder, settings: SettingsCache, isFirefox: boolean): void {
  // 'extraHeaders' (Chrome) reveals Cookie/Referer and CORS preflights; Firefox rejects it and
  // then registers nothing at all.
  const extra = isFirefox ? [] : ['extraHeaders'];
  const wr = browser.webRequest as unknown as Record<string, { addListener(cb: (d: RequestDetails) => void, filter: object, spec?: string[]): void }>;
  const observe = (o: ReturnType<typeof fromCompleted>) => void recorder.observe(o).catch(() => {});
  wr.onBeforeRequest!.addListener((d) => observe(fromBeforeRequest(d, settings.current().bodyCapBytes)), ALL, ['requestBody', ...extra]);
  wr.onBeforeSendHeaders!.addListener((d) => observe(fromSendHeaders(d)), ALL, ['requestHeaders', ...extra]);
  wr.onCompleted!.addListener((d) => observe(fromCompleted(d)), ALL, ['responseHeaders', ...extra]);
  // Firefox rejects any third argument here, even an explicit undefined.
  if (isFirefox) wr.onErrorOccurred!.addListener((d) => observe(fromError(d)), ALL);
  else wr.onErrorOccurred!.addListener((d) => observe(fromError(d)), ALL, ['extraHeaders']);
}
