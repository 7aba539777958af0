import { defineConfig } from 'vitest/config';

// Real browsers, one at a time: 2 cores, and each test starts its own browser.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 90_000,
    hookTimeout: 60_000,
  },
});
