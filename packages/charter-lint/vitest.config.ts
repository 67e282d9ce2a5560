import { configDefaults, defineConfig } from 'vitest/config';

/**
 * Tests that measure time or spawn processes: they run on their own, one
 * file at a time, after every other test of the package (and, through
 * turbo.json, after the browser suites), so no parallel load reads as a
 * slow or super-linear result.
 */
const TIMING = [
  '**/*linear-time.test.ts',
  'test/cli/spawn*.test.ts',
  'test/cli/remark-*.test.ts',
  'test/lsp/**/*.test.ts',
];
/** The packed-install test installs the tarballs from the registry into a fresh folder: minutes. */
const INSTALL = ['test/install/**/*.test.ts'];

export default defineConfig({
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
          exclude: [...configDefaults.exclude, ...TIMING, ...INSTALL],
          sequence: { groupOrder: 0 },
          // Property tests lint hundreds of generated drafts: on a loaded 2-core machine 5 s is not enough.
          testTimeout: 30_000,
        },
      },
      {
        extends: true,
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
      {
        extends: true,
        test: {
          name: 'install',
          include: INSTALL,
          sequence: { groupOrder: 2 },
          // A loaded 2-core CI machine: npm install, git and a dozen spawned commands.
          testTimeout: 600_000,
          hookTimeout: 900_000,
        },
      },
    ],
  },
});
