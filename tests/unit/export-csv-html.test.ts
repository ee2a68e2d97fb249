import { describe, expect, it } from 'vitest';
import { toCsv, toHtmlReport } from '@/utils/export';
import { csvCell } from '@/utils/export/csv';
import { escapeHtml } from '@/utils/export/html';
import { redactUrl } from '@/utils/redact-url';
import { browserFromUserAgent } from '@/utils/export/meta';
import { sampleExport } from './export-sample';

const HOSTILE = '<img src=x onerror=alert(1)><script>alert(2)</script>javascript:alert(3)"\'&';

/** RFC 4180 reader: fields and records, quotes doubled inside quoted fields. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(field), (field = '');
    else if (c === '\r' && text[i + 1] === '\n') row.push(field), rows.push(row), (row = []), (field = ''), i++;
    else field += c;
  }
  return rows;
}

describe('CSV cells', () => {
  it.each([
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['=HYPERLINK("http://x")', '"\'=HYPERLINK(""http://x"")"'],
    ['+1 555', "'+1 555"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tcmd', "'\tcmd"],
    ['\r=1', "\"'\r=1\""],
    ['\n=1', "\"'\n=1\""],
    ['  =1+1', "'  =1+1"],
    ['\u3000@SUM(A1)', "'\u3000@SUM(A1)"],
    ['＝1+1', "'＝1+1"],
    ['＋1', "'＋1"],
    ['－1', "'－1"],
    ['＠SUM(A1)', "'＠SUM(A1)"],
    ['a=b', 'a=b'],
    [' padded ', '" padded "'],
    [null, ''],
    [7, '7'],
  ])('writes %j as %s', (value, expected) => {
    expect(csvCell(value)).toBe(expected);
  });
});

describe('the CSV export', () => {
  it('has a header and one row per finding that a spreadsheet reads back unchanged', () => {
    const exp = sampleExport();
    exp.findings[0]!.remediation = 'Ask first, then send; "never" before consent.\nSecond line.';
    const rows = parseCsv(toCsv(exp));
    expect(rows).toHaveLength(2);
    const record = Object.fromEntries(rows[0]!.map((h, i) => [h, rows[1]![i]]));
    expect(record).toMatchObject({
      finding_id: 'v1|api.openai.com|plugin:ai-chat|email', page_url: 'http://store.test/checkout/', page_type: 'checkout',
      severity: 'high', vendor: 'OpenAI', component_slug: 'ai-chat', component_version: '1.2', count: '2',
      remediation: 'Ask first, then send; "never" before consent.\nSecond line.', evidence: 'email j***@e***.com (0123456789abcdef)',
    });
    expect(toCsv(exp)).toMatch(/\r\n$/);
  });

  it('escapes a captured value that looks like a formula', () => {
    const exp = sampleExport();
    exp.findings[0]!.evidence[0]!.preview = '=cmd|" /C calc"!A0';
    const rows = parseCsv(toCsv(exp));
    expect(rows[1]![rows[0]!.indexOf('evidence')]).toBe('email =cmd|" /C calc"!A0 (0123456789abcdef)');
    exp.visits[0]!.url = '=1+1';
    expect(parseCsv(toCsv(exp))[1]![2]).toBe("'=1+1");
  });
});

describe('the HTML report', () => {
  it('escapes every captured string and contains no script or event handler', () => {
    const exp = sampleExport();
    exp.provenance.session.name = HOSTILE;
    exp.findings[0]!.evidence[0]!.preview = HOSTILE;
    exp.findings[0]!.source.url = HOSTILE;
    exp.findings[0]!.destination.vendor = HOSTILE;
    exp.visits[0]!.url = HOSTILE;
    exp.exposures.push({ visitId: 'v1', kind: 'system-prompt', where: HOSTILE, preview: HOSTILE });
    const html = toHtmlReport(exp);
    // Every tag in the page is the report's own: the hostile markup is only ever text.
    const tags = html.match(/<[^>]*>/g)!.map((t) => /^<\/?([a-z0-9!]+)/i.exec(t)![1]!.toLowerCase());
    expect(new Set(tags)).toEqual(new Set(['!doctype', 'html', 'head', 'meta', 'title', 'style', 'body', 'h1', 'h2', 'p', 'dl', 'dt', 'dd', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'br', 'span', 'code']));
    expect(html.match(/<[^>]*>/g)!.join('')).not.toMatch(/\son\w+=|javascript:/i);
    expect(html).toContain(escapeHtml(HOSTILE));
    expect(html).toContain("Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\"");
  });

  it('lists each recipient with country, data categories, pages, responsible plugin and first seen', () => {
    const html = toHtmlReport(sampleExport());
    const row = /<h2>Recipients[^]*?<tbody>(.*?)<\/tbody>/.exec(html)![1]!;
    for (const text of ['OpenAI', 'api.openai.com', 'US', 'llm-api', 'email', 'checkout', 'plugin:ai-chat', 'version 1.2', '2025-06-03 10:02:00 UTC'])
      expect(row, text).toContain(text);
  });

  it('says so when the session kept raw values', () => {
    const exp = sampleExport();
    expect(toHtmlReport(exp)).not.toContain('Evidence mode');
    exp.provenance.redaction = { mode: 'evidence', rawValuesIncluded: true };
    expect(toHtmlReport(exp)).toContain('Evidence mode');
  });

  it.each([['redacted', false], ['evidence', true]] as const)('a CSV row of a %s session says so in its last column', (mode, rawValuesIncluded) => {
    const exp = sampleExport();
    exp.provenance.redaction = { mode, rawValuesIncluded };
    const [header, row] = parseCsv(toCsv(exp));
    expect([header!.at(-1), row!.at(-1)]).toEqual(['redaction', mode]);
  });
});

describe('URLs in an export', () => {
  it.each([
    ['http://store.test/?s=alice%40example.com&post_type=product', 'http://store.test/?s=***&post_type=***'],
    ['http://store.test/search/alice/', 'http://store.test/search/***/'],
    ['http://store.test/my-account/alice@example.com/', 'http://store.test/my-account/***/'],
    ['http://store.test/wp-content/plugins/ai-chat/chat.js?ver=1.2', 'http://store.test/wp-content/plugins/ai-chat/chat.js?ver=1.2'],
    ['http://store.test/x.js?ver=<script>', 'http://store.test/x.js?ver=***'],
    ['http://store.test/checkout/#billing_email=a@b.example', 'http://store.test/checkout/#***'],
    ['https://user:pass@store.test/a?flag', 'https://store.test/a?flag'],
    ['window.chatbotConfig', 'window.chatbotConfig'],
    ['http://store.test/checkout/', 'http://store.test/checkout/'],
  ])('masks %s as %s', (url, masked) => {
    expect(redactUrl(url)).toBe(masked);
    expect(redactUrl(masked)).toBe(masked);
  });
});

describe('the browser named in the provenance', () => {
  it.each([
    ['Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0', 'Firefox', '128.0'],
    ['Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0.7339.80 Safari/537.36', 'Chrome', '140.0.7339.80'],
    ['Mozilla/5.0 (Windows NT 10.0) AppleWebKit/537.36 Chrome/140.0.0.0 Safari/537.36 Edg/140.0.3485.54', 'Edge', '140.0.3485.54'],
    ['curl/8', 'unknown', 'unknown'],
  ])('is read from %s', (ua, name, version) => {
    expect(browserFromUserAgent(ua)).toEqual({ name, version });
  });
});
