import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  imports: false,
  manifestVersion: 3,
  vite: () => ({ plugins: [preact()] }),
  manifest: {
    name: 'Leakscope',
    permissions: ['webRequest', 'storage', 'unlimitedStorage', 'webNavigation'],
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
