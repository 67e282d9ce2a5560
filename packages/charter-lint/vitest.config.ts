import { defineConfig } from 'vitest/config';

// Two projects: the unit and integration tests, and the packed-install test, which
// installs the tarballs from the registry into a fresh folder and takes minutes.
export default defineConfig({
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
          exclude: ['test/install/**'],
          // Spawned commands (the CLI, remark-cli, the language server) on a loaded 2-core CI
          // machine take seconds, not the default 5: a timeout there is load, not a defect.
          testTimeout: 60_000,
          hookTimeout: 180_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'install',
          include: ['test/install/**/*.test.ts'],
          // A loaded 2-core CI machine: npm install, git and a dozen spawned commands.
          testTimeout: 600_000,
          hookTimeout: 900_000,
        },
      },
    ],
  },
});
