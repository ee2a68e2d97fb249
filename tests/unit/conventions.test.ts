import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// The project's own conventions, checked so they stay true.

const ROOT = join(__dirname, '../..');
const read = (p: string) => readFileSync(join(ROOT, p), 'utf8');

function sources(dir: string): string[] {
  return readdirSync(join(ROOT, dir)).flatMap((name) => {
    const rel = join(dir, name);
    if (statSync(join(ROOT, rel)).isDirectory()) return sources(rel);
    return /\.(ts|tsx)$/.test(name) ? [rel] : [];
  });
}
const code = ['entrypoints', 'components', 'utils'].flatMap(sources);
function files(dir: string, pattern: RegExp): string[] {
  return readdirSync(join(ROOT, dir)).flatMap((name) => {
    const rel = join(dir, name);
    if (statSync(join(ROOT, rel)).isDirectory()) return files(rel, pattern);
    return pattern.test(name) ? [rel] : [];
  });
}

describe('project conventions', () => {
  it('documents every manifest permission in docs/permissions.md', () => {
    const config = read('wxt.config.ts');
    const listed = [...config.matchAll(/permissions: \[([^\]]*)\]/g)].flatMap((m) => [...m[1]!.matchAll(/'([^']+)'/g)].map((x) => x[1]!));
    expect(listed).toContain('webRequest');
    const doc = read('docs/permissions.md');
    for (const permission of listed) expect(doc, permission).toContain(`## \`${permission}\``);
  });

  it('documents the sidePanel permission WXT adds to the Chrome build for the side panel entrypoint', () => {
    expect(statSync(join(ROOT, 'entrypoints/sidepanel')).isDirectory()).toBe(true);
    expect(read('docs/permissions.md')).toContain('## `sidePanel`');
  });

  it('gives extension pages a strict content security policy', () => {
    expect(read('wxt.config.ts')).toContain(`extension_pages: "script-src 'self'; object-src 'none'"`);
  });

  it('turns off auto-imports, so every file shows what it uses', () => {
    expect(read('wxt.config.ts')).toMatch(/imports: false/);
  });

  it.each(code)('%s takes `browser` only from wxt/browser', (file) => {
    const text = read(file);
    expect(text).not.toMatch(/from 'webextension-polyfill'/);
    expect(text).not.toMatch(/\bchrome\.\w+\./);
  });

  it.each(code)('%s never renders through innerHTML', (file) => {
    expect(read(file)).not.toMatch(/dangerouslySetInnerHTML|\.innerHTML\s*=|outerHTML\s*=|insertAdjacentHTML/);
  });

  // Views show captured data: no HTML parsing of strings anywhere in them, scripts and pages alike
  // (content scripts read the store's page and are not views).
  const views = ['components', 'entrypoints'].flatMap((d) => files(d, /\.(ts|tsx|html)$/)).filter((f) => !/\.content\.ts$/.test(f));
  it.each(views)('%s never hands a string to the HTML parser', (file) => {
    expect(read(file)).not.toMatch(/dangerouslySetInnerHTML|innerHTML|outerHTML|insertAdjacentHTML|document\.write|createContextualFragment|DOMParser/);
  });

  it.each(code.filter((f) => !f.startsWith('utils/hook/')))('%s makes no network request (only the page hook touches network APIs)', (file) => {
    expect(read(file)).not.toMatch(/\bfetch\(|XMLHttpRequest|sendBeacon|new WebSocket|new EventSource/);
  });

  it.each(sources('entrypoints'))('%s stays a thin shell', (file) => {
    expect(read(file).split('\n').length).toBeLessThanOrEqual(40);
  });
});
