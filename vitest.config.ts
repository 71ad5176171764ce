import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

/**
 * Unit and API tests (project `node`): the engine comes from TEND_TEST_ENGINE (embedded | postgres
 * with DATABASE_URL). Component tests (project `web`, *.test.tsx in happy-dom) use no database, so
 * they run once, in the embedded pass of `npm test`, and not again on PostgreSQL.
 */
const componentTests = process.env.TEND_TEST_ENGINE !== 'postgres';

export default defineConfig({
  test: {
    // Vitest's default worker count (cores - 1: one on CI's two cores). Two were measured in a full
    // run on two cores: the embedded pass took 755 s against 533 s with one (PGlite is CPU-bound in
    // the worker), PostgreSQL's the same; so one it stays.
    // Files share their worker's module cache (isolate: false): each file still opens its own
    // database copy and app, but no longer re-imports the server and the web app. Measured on two
    // cores (2026-12-01): the node project on PGlite 772 s isolated, 469 s shared; the web project
    // 103 s against 26 s. Module state is kept per test, not per module (setup.ts unstubs globals).
    projects: [
      {
        test: {
          name: 'node',
          include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
          exclude: ['test/e2e/**', 'node_modules/**'],
          globalSetup: ['test/global-setup.ts'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
          pool: 'forks',
          isolate: false,
          env: { TZ: 'UTC' },
        },
      },
      ...(componentTests
        ? [
            {
              plugins: [react()],
              // The browser builds of libraries (the calendar's Svelte runtime has a server build
              // that cannot mount), as Vite picks them for the app.
              resolve: { conditions: ['browser'] },
              test: {
                name: 'web',
                include: ['src/web/**/*.test.tsx'],
                environment: 'happy-dom',
                environmentOptions: { happyDOM: { url: 'http://tend.test/' } },
                setupFiles: ['src/web/test/setup.ts'],
                testTimeout: 30_000,
                isolate: false,
                env: { TZ: 'UTC' },
                server: { deps: { inline: ['@event-calendar/core', 'svelte'] } },
              },
            },
          ]
        : []),
    ],
  },
});
