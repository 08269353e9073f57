import { defineConfig } from 'vitest/config';

/**
 * Three projects (see docs/architecture.md, "Tests"):
 * - `unit`: pure logic, no database, no server: everything under src/domain and any
 *   `*.unit.test.ts`. The inner loop: `npm run test:unit` finishes in seconds.
 * - `app`: routes and services over a fresh migrated database per test (test/support), real HTTP
 *   through `app.request`; the tests live beside their feature (src/features/<name>/*.test.ts),
 *   cross-cutting ones in test/app.
 * - `e2e`: the Worker bundle in workerd (Miniflare) and user journeys in Chromium (test/e2e).
 */
const UNIT = ['src/domain/**/*.test.ts', '**/*.unit.test.ts'];
const E2E = ['test/e2e/**/*.test.ts'];
const IGNORED = ['**/node_modules/**', '**/dist/**', '**/.wrangler/**'];

export default defineConfig({
  test: {
    testTimeout: 20_000,
    hookTimeout: 60_000,
    pool: 'forks',
    projects: [
      { extends: true, test: { name: 'unit', include: UNIT, exclude: IGNORED } },
      {
        extends: true,
        test: {
          name: 'app',
          include: ['src/**/*.test.ts', 'db/**/*.test.ts', 'seeds/**/*.test.ts', 'test/**/*.test.ts'],
          exclude: [...IGNORED, ...UNIT, ...E2E],
        },
      },
      { extends: true, test: { name: 'e2e', include: E2E, exclude: IGNORED } },
    ],
  },
});
