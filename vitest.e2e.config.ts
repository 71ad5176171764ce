import { defineConfig } from 'vitest/config';

/** End-to-end tests: the built app (dist/server) in Debian's Chromium, one file at a time. */
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.test.ts'],
    globalSetup: ['test/e2e/global-setup.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    pool: 'forks',
    fileParallelism: false,
    maxWorkers: 1,
    env: { TZ: 'UTC' },
  },
});
