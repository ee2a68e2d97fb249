import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { registerWebRequest } from '@/utils/background/register-web-request';
import type { Recorder } from '@/utils/recorder';
import type { SettingsCache } from '@/utils/settings-cache';

// bench:pages charges Leakscope's share against a "webRequest floor" extension with the same
// listeners doing nothing; the split only means something while the two register the same ones.

function leakscopeListeners(): string[] {
  const seen: string[] = [];
  const event = (name: string) => ({ addListener: (_cb: unknown, filter: { urls: string[] }, spec?: string[]) => void seen.push(`${name} ${filter.urls.join()} ${(spec ?? []).join()}`) });
  const webRequest = Object.fromEntries(['onBeforeRequest', 'onBeforeSendHeaders', 'onCompleted', 'onErrorOccurred'].map((n) => [n, event(n)]));
  registerWebRequest({ webRequest } as never, {} as Recorder, {} as SettingsCache, false);
  return seen.sort();
}

function floorListeners(): string[] {
  const bench = readFileSync(join(__dirname, '../../bench/page-load.mjs'), 'utf8');
  const all = /const all = \{ urls: \[([^\]]*)\] \}/.exec(bench)![1]!.replace(/['\s]/g, '');
  return [...bench.matchAll(/chrome\.webRequest\.(\w+)\.addListener\(nothing, all, \[([^\]]*)\]\)/g)]
    .map(([, name, spec]) => `${name} ${all} ${spec!.replace(/['\s]/g, '')}`).sort();
}

describe('the webRequest floor of bench:pages', () => {
  it('registers exactly the listeners (events, URLs, extra info) the Chrome build registers', () => {
    expect(floorListeners()).toEqual(leakscopeListeners());
    expect(floorListeners()).toHaveLength(4);
  });
});
