// Reading a Chromium net log (--log-net-log=FILE). The net log is written by the browser's network
// service, so it sees every request of the whole browser: pages, iframes, workers, the extension's
// service worker and extension pages, and the browser's own service calls.
import { readFileSync } from 'node:fs';

/**
 * @typedef {object} NetLogRequest
 * @property {number} sourceId
 * @property {string} url
 * @property {string} method
 * @property {string} initiator an origin, or "not an origin" for browser-initiated requests
 * @property {string} requestType "main frame" | "subframe" | "other"
 */

/**
 * Parse the net log file. The browser must have been closed (the file is finished on exit); a
 * truncated file (crash) is repaired by closing the events array.
 * @param {string} file
 * @returns {NetLogRequest[]} one entry per URL_REQUEST_START_JOB (redirects start a new job)
 */
export function readNetLogRequests(file) {
  const raw = readFileSync(file, 'utf8');
  let log;
  try {
    log = JSON.parse(raw);
  } catch {
    log = JSON.parse(`${raw.trimEnd().replace(/,$/, '')}]}`);
  }
  const startJob = log.constants?.logEventTypes?.URL_REQUEST_START_JOB;
  if (typeof startJob !== 'number') throw new Error(`${file}: not a Chromium net log (no URL_REQUEST_START_JOB constant)`);
  /** @type {NetLogRequest[]} */
  const out = [];
  for (const e of log.events ?? []) {
    if (e.type !== startJob || !e.params?.url) continue;
    out.push({
      sourceId: e.source?.id,
      url: e.params.url,
      method: e.params.method ?? 'GET',
      initiator: e.params.initiator ?? 'not an origin',
      requestType: e.params.request_type ?? 'other',
    });
  }
  return out;
}

/**
 * Host names of Chromium's own background services, called by the browser process itself (no
 * initiator origin, not a navigation). Playwright's launch flags turn most of them off, but a few
 * (sign-in ListAccounts, the updater, autofill crowdsourcing) still fire in Chromium 156; they go
 * nowhere because --host-resolver-rules maps every non-fixture name to NOTFOUND.
 * @param {NetLogRequest} r
 */
export function isBrowserServiceRequest(r) {
  if (r.initiator !== 'not an origin' || r.requestType !== 'other') return false;
  let host;
  try {
    host = new URL(r.url).hostname;
  } catch {
    return false;
  }
  return /(^|\.)(google\.com|googleapis\.com|gvt1\.com|gstatic\.com|googleusercontent\.com)$/.test(host);
}
