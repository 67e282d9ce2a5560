import { configDefaults, defineConfig } from 'vitest/config';

/**
 * Tests that measure time or spawn processes: they run on their own, one
 * file at a time, after every other test of the package (and, through
 * turbo.json, after the browser suites), so no parallel load reads as a
 * slow or super-linear result.
 */
const TIMING = ['**/*linear-time.test.ts', 'test/cli/spawn*.test.ts', 'test/cli/remark-cli.test.ts'];

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
          exclude: [...configDefaults.exclude, ...TIMING],
          sequence: { groupOrder: 0 },
        },
      },
      {
        test: {
          name: 'timing',
          include: TIMING,
          fileParallelism: false,
          sequence: { groupOrder: 1 },
          // Sized for a loaded 2-core machine: a spawned run can wait seconds for a core.
          testTimeout: 120_000,
          hookTimeout: 300_000,
        },
      },
    ],
  },
});
