import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// Unit tests: pure utils, fake platform (fakeBrowser, fake-indexeddb).
export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    environment: 'node',
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    setupFiles: ['fake-indexeddb/auto'],
    // Property tests run hundreds of cases; on a loaded 2-core machine 5 s is not always enough.
    testTimeout: 30_000,
  },
});
