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

describe('project conventions', () => {
  it('documents every manifest permission in docs/permissions.md', () => {
    const config = read('wxt.config.ts');
    const listed = [...config.matchAll(/permissions: \[([^\]]*)\]/g)].flatMap((m) => [...m[1]!.matchAll(/'([^']+)'/g)].map((x) => x[1]!));
    expect(listed).toContain('webRequest');
    const doc = read('docs/permissions.md');
    for (const permission of listed) expect(doc, permission).toContain(`## \`${permission}\``);
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

  it.each(code.filter((f) => !f.startsWith('utils/hook/')))('%s makes no network request (only the page hook touches network APIs)', (file) => {
    expect(read(file)).not.toMatch(/\bfetch\(|XMLHttpRequest|sendBeacon|new WebSocket|new EventSource/);
  });

  it.each(sources('entrypoints'))('%s stays a thin shell', (file) => {
    expect(read(file).split('\n').length).toBeLessThanOrEqual(40);
  });
});
