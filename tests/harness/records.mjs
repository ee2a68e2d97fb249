// Helpers over the rows the extension stores (shapes: utils/db.ts, utils/body.ts).

/**
 * @param {string | undefined} b64
 * @returns {number[]}
 */
export function base64Bytes(b64) {
  return b64 ? [...Buffer.from(b64, 'base64')] : [];
}

/**
 * Everything searchable in a stored body: text, base64-decoded bytes (latin1, so ASCII markers in
 * binary data are found), FormData names/values/file names.
 * @param {any} body a BodyRecord or undefined
 */
export function bodySearchText(body) {
  if (!body) return '';
  const out = [];
  if (typeof body.text === 'string') out.push(body.text);
  if (typeof body.base64 === 'string') out.push(Buffer.from(body.base64, 'base64').toString('latin1'));
  for (const p of body.parts ?? []) out.push(`${p.name}=${p.value ?? ''}`, p.file?.name ?? '');
  return out.join('\n');
}

/**
 * Does the row mention `marker` in its URL or body?
 * @param {any} row a RequestRow or FrameRow
 * @param {string} marker
 */
export function rowMentions(row, marker) {
  return String(row.url ?? '').includes(marker) || bodySearchText(row.body).includes(marker);
}

/**
 * Form fields of a stored body, from FormData-style `parts` or urlencoded `text`.
 * @param {any} body
 * @returns {Record<string, string>}
 */
export function bodyFields(body) {
  /** @type {Record<string, string>} */
  const fields = {};
  if (body?.parts?.length) {
    for (const p of body.parts) if (p.value !== undefined) fields[p.name] = p.value;
  } else if (typeof body?.text === 'string') {
    for (const [k, v] of new URLSearchParams(body.text)) fields[k] = v;
  }
  return fields;
}

/**
 * @param {string} url
 * @param {number} [max]
 */
export function shortenUrl(url, max = 72) {
  let s = String(url);
  try {
    const u = new URL(s);
    s = `${u.protocol === 'http:' || u.protocol === 'https:' ? '' : `${u.protocol}//`}${u.host}${u.pathname}${u.search}`;
  } catch {
    // keep as is
  }
  return s.length > max ? `${s.slice(0, max - 1)}…` : s;
}

/**
 * "3.1 kB ok" style summary of a BodyRecord.
 * @param {any} body
 */
export function describeBody(body) {
  if (!body || body.kind === 'none') return '-';
  const size = body.size == null ? '?' : body.size < 1024 ? `${body.size} B` : `${(body.size / 1024).toFixed(1)} kB`;
  const parts = body.parts?.length ? ` ${body.parts.length} parts` : '';
  return `${size}${body.sizeIsLowerBound ? '+' : ''} ${body.status}${parts}`;
}

/**
 * The initiating script, short: path + query of the script URL, or the method when unknown.
 * @param {any} initiator
 */
export function describeInitiator(initiator) {
  if (!initiator?.url) return initiator?.method ?? '-';
  try {
    const u = new URL(initiator.url);
    return `${u.host}${u.pathname}${u.search}`;
  } catch {
    return initiator.url;
  }
}

/**
 * One line per stored request: transport, method, URL, body, initiator script, seenBy.
 * @param {any} row
 */
export function formatRequestLine(row) {
  const transport = String(row.transport ?? '?').padEnd(11);
  const method = String(row.method ?? '?').padEnd(7);
  const url = shortenUrl(row.url, 60).padEnd(60);
  const body = describeBody(row.body).padEnd(14);
  return `${transport} ${method} ${url} ${body} by ${describeInitiator(row.initiator)} [${row.seenBy ?? '?'}]`;
}
