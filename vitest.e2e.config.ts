import { defineConfig } from 'vitest/config';

// E2E tests: real headless Chromium with the built extension (tests/harness, tests/fixtures/store).
// Run: npx vitest run --config vitest.e2e.config.ts
// One browser per test file; files run one after the other (the machine has 2 cores).
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.test.ts'],
    environment: 'node',
    globalSetup: ['tests/harness/global-setup.mjs'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
    teardownTimeout: 20_000,
    // A browser test that fails is not retried: flakiness must be seen.
    retry: 0,
  },
});
