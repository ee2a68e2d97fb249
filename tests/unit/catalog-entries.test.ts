import { describe, expect, it } from 'vitest';
import { BUILTIN_CATALOG } from '@/utils/catalog/catalog';
import { isPublicSuffix } from '@/utils/catalog/domain';
import { compileHostPattern } from '@/utils/catalog/host-pattern';
import { compilePathPattern } from '@/utils/catalog/path-pattern';
import { CATEGORIES, hostRuleOf } from '@/utils/catalog/types';

const byId = new Map(BUILTIN_CATALOG.map((e) => [e.id, e]));
const rules = BUILTIN_CATALOG.flatMap((e) => e.hosts.map((h) => [e.id, hostRuleOf(h)] as const));

describe('the built-in AI destination catalog', () => {
  it('gives every entry a unique id', () => {
    const ids = BUILTIN_CATALOG.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it.each(BUILTIN_CATALOG.map((e) => [e.id, e] as const))('entry %s has a listed category, something to match on, a source and jurisdiction facts', (_, entry) => {
    expect(CATEGORIES).toContain(entry.category);
    expect(entry.hosts.length + entry.pathHints.length + (entry.ajaxActions?.length ?? 0)).toBeGreaterThan(0);
    expect(entry.source.trim().length).toBeGreaterThan(10);
    expect(entry.jurisdictionSource.trim().length).toBeGreaterThan(5);
    expect(entry.country).toMatch(/^([A-Z]{2}|unknown)$/);
    expect(entry.vendor.trim()).not.toBe('');
    for (const name of entry.authHeaders) expect(name).toBe(name.toLowerCase());
  });

  it('covers every vendor of ai-catalog.md that has a host or a route there', () => {
    const expected = [
      'openai', 'azure-openai', 'anthropic', 'google-gemini', 'google-vertex-ai', 'aws-bedrock', 'mistral', 'cohere', 'groq',
      'together-ai', 'fireworks-ai', 'perplexity', 'deepseek', 'xai', 'openrouter', 'huggingface-inference', 'replicate',
      'cerebras', 'deepinfra', 'vercel-ai-gateway', 'ovhcloud-ai-endpoints', 'jetpack-ai-query', 'ollama-cloud',
      'ollama', 'vllm', 'lm-studio', 'localai',
      'algolia-search', 'algolia-recommend', 'algolia-insights', 'algolia-personalization', 'klevu-search', 'constructor-search',
      'bloomreach-discovery', 'nosto', 'clerk-io', 'doofinder', 'luigis-box',
      'tidio', 'intercom', 'zendesk', 'livechat', 'drift', 'gorgias', 'chatbase', 'botpress', 'voiceflow', 'dialogflow', 'zipchat',
      'microsoft-clarity',
      'wp-ai-engine', 'wp-ai-puffer', 'wp-jetpack-ai', 'wp-wpbot', 'wp-woowbot',
    ];
    for (const id of expected) expect(byId.has(id), id).toBe(true);
    for (const category of CATEGORIES) expect(BUILTIN_CATALOG.some((e) => e.category === category), category).toBe(true);
  });

  it.each(rules.map(([id, r]) => [r.host, id] as const))('host pattern %s (%s) compiles and never spans a whole public suffix', (host) => {
    const pattern = compileHostPattern(host);
    if (pattern.anyDepth) expect(isPublicSuffix(pattern.literal), pattern.literal).toBe(false);
    expect(host).toBe(host.toLowerCase());
  });

  it('writes every path hint and path limit as an absolute path pattern that compiles', () => {
    const paths = [...BUILTIN_CATALOG.flatMap((e) => e.pathHints), ...rules.flatMap(([, r]) => r.paths ?? [])];
    for (const path of paths) {
      expect(path.startsWith('/'), path).toBe(true);
      expect(() => compilePathPattern(path)).not.toThrow();
    }
  });

  it('keeps plugin routes on wp-plugin entries and default ports on local-llm entries only', () => {
    for (const e of BUILTIN_CATALOG) {
      if (e.ajaxActions || e.pluginAssets) expect(e.category, e.id).toBe('wp-plugin');
      if (e.defaultPorts) expect(e.category, e.id).toBe('local-llm');
      if (e.category === 'wp-plugin' || e.category === 'local-llm') expect(e.hosts, e.id).toEqual([]);
    }
  });

  it.each([
    ['openai', 'US', 'IE', 'eu-available'],
    ['azure-openai', 'US', 'IE', 'eu-available'],
    ['anthropic', 'US', 'IE', 'not-offered'],
    ['google-gemini', 'US', 'unknown', 'unknown'],
    ['aws-bedrock', 'US', 'LU', 'by-region'],
    ['mistral', 'FR', 'FR', 'eu-default'],
    ['cohere', 'CA', 'none', 'unknown'],
    ['deepseek', 'CN', 'none', 'not-offered'],
    ['algolia-insights', 'FR', 'unknown', 'unknown'],
    ['klevu-search', 'FI', 'FI', 'unknown'],
    ['intercom', 'US', 'IE', 'eu-available'],
    ['ollama', 'unknown', 'not-applicable', 'self-hosted'],
  ])('transcribes the jurisdiction of %s: country %s, EEA entity in %s, EU residency %s', (id, country, eea, residency) => {
    const e = byId.get(id)!;
    expect(e.country).toBe(country);
    expect(typeof e.eeaEntity === 'string' ? e.eeaEntity : e.eeaEntity.country).toBe(eea);
    expect(e.euResidency.option).toBe(residency);
  });

  it.each(['groq', 'together-ai', 'fireworks-ai', 'xai', 'openrouter', 'replicate', 'constructor-search', 'chatbase', 'voiceflow', 'zipchat', 'wp-ai-engine'])(
    'says "unknown" for the country of %s, which the reference could not verify',
    (id) => expect(byId.get(id)!.country).toBe('unknown'),
  );

  it('keeps widget loader scripts as loader host rules for later attribution', () => {
    const loaders = rules.filter(([, r]) => r.role === 'loader').map(([, r]) => r.host);
    expect(loaders).toEqual(expect.arrayContaining(['code.tidio.co', 'widget.intercom.io', 'cdn.livechatinc.com', 'js.driftt.com', 'www.chatbase.co']));
  });
});
