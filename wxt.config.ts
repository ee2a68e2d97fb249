import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import type { Alias } from 'vite';

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  imports: false,
  manifestVersion: 3,
  vite: () => ({ plugins: [preact()] }),
  hooks: {
    // The relay (entrypoints/relay.ts) is declared here rather than as a WXT content script: it
    // starts in every frame, and WXT's content-script context would add ~3 ms to each. It comes
    // after the page hook, as it always has.
    'build:manifestGenerated': (_wxt, manifest) => {
      const relay = { matches: ['<all_urls>'], js: ['relay.js'], run_at: 'document_start' as const, all_frames: true, match_about_blank: true };
      manifest.content_scripts = [...(manifest.content_scripts ?? []), relay];
    },
    // Scripts that run in pages (content scripts, the injected harvester) get the browser's own
    // promise API (Chrome MV3 and Firefox both have one) instead of the polyfill, whose 28 KB every
    // frame would evaluate. Extension pages and the background keep the polyfill.
    'vite:build:extendConfig': (entrypoints, config) => {
      if (!entrypoints.every((e) => e.type === 'content-script' || e.type === 'unlisted-script')) return;
      const alias = config.resolve?.alias;
      const list: Alias[] = Array.isArray(alias) ? alias : Object.entries(alias ?? {}).map(([find, replacement]) => ({ find, replacement }));
      config.resolve = { ...config.resolve, alias: [{ find: /^wxt\/browser$/, replacement: '@wxt-dev/browser' }, ...list] };
    },
  },
  manifest: {
    name: 'Leakscope',
    permissions: ['webRequest', 'storage', 'unlimitedStorage', 'webNavigation', 'scripting'],
    host_permissions: ['<all_urls>'],
    // Extension pages run only their own bundled scripts (captured data is never code).
    content_security_policy: { extension_pages: "script-src 'self'; object-src 'none'" },
    browser_specific_settings: {
      gecko: {
        id: 'leakscope@leakscope.dev',
        strict_min_version: '128.0',
        data_collection_permissions: { required: ['none'] },
      },
    },
  },
});
