// Types for hosts.mjs (kept by hand next to it; the E2E tests are TypeScript, the harness is plain
// ESM so that `node scripts/demo.mjs` runs without a TypeScript step).
export declare const STORE_HOST: 'store.test';
export declare const STORE: 'http://store.test';
export declare const OTHER_HOST: 'other.test';
export declare const OTHER: 'http://other.test';
export declare const WIDGET_HOST: 'widget.chatvendor.test';
export declare const WIDGET: 'https://widget.chatvendor.test';
export declare const AI_HOSTS: readonly [
  'api.openai.com',
  'api.anthropic.com',
  'api.mistral.ai',
  'api.cohere.ai',
  'abc-dsn.algolia.net',
  'insights.algolia.io',
];
export declare const PLAIN_AI_HOST: 'api.example.test';
export declare const UNRESOLVABLE_HOST: 'nonexistent.invalid';
export declare const FIXTURE_HOSTS: string[];
export declare const SITE_HOSTS: string[];
