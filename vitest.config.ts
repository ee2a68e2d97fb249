import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// Unit tests: pure utils, fake platform (fakeBrowser, fake-indexeddb).
export default defineConfig({
  plugins: [WxtVitest()],
  test: { environment: 'node', include: ['tests/unit/**/*.test.ts'], setupFiles: ['fake-indexeddb/auto'] },
});
