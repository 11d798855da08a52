import { defineConfig } from 'vitest/config';

/**
 * Two projects: `unit` (shared, core, shell logic, renderer logic; milliseconds each) and
 * `e2e` (the browser host driven by Playwright in the system's Chromium).
 */
export default defineConfig({
  test: {
    // The JSON report is what .ci/run counts for its closing "N passed, N failed" line.
    reporters: ['default', ['json', { outputFile: 'test-results/vitest.json' }]],
    projects: [
      {
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.{ts,tsx}'],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 240_000, // suites seed notebooks through the CLI, a few seconds per command
          // One browser at a time: the machines have two cores.
          fileParallelism: false,
        },
      },
    ],
  },
});
