// Rewrites the visual baselines (test/visual/baselines/) from the Storybook as
// it is now: builds it (turbo reuses an up-to-date build), screenshots every
// story in every variant, and writes only the pictures that changed beyond
// the comparison's tolerance; baselines of stories that are gone are deleted.
// Review the changed pictures (`git status test/visual/baselines`) before committing.
//
//   npm run test:update-baselines -w @alima/storybook              every story
//   npm run test:update-baselines -w @alima/storybook -- -t stat   stories whose id matches
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);

/** Runs a Node script, passing its output through; stops here when it fails. */
function run(script, args, env = process.env) {
  const { status } = spawnSync(process.execPath, [script, ...args], {
    cwd: join(here, '..'),
    stdio: 'inherit',
    env,
  });
  if (status !== 0) process.exit(status ?? 1);
}

const turbo = join(dirname(require.resolve('turbo/package.json')), 'bin', 'turbo');
run(turbo, ['run', 'build', '--filter=@alima/storybook', '--output-logs=errors-only']);

const vitest = join(dirname(require.resolve('vitest/package.json')), 'vitest.mjs');
run(vitest, ['run', '--project', 'static-site', 'test/visual-regression.test.ts', ...process.argv.slice(2)], {
  ...process.env,
  UPDATE_BASELINES: '1',
});

const baselines = join(here, '..', 'test', 'visual', 'baselines');
const files = readdirSync(baselines, { recursive: true, encoding: 'utf8' }).filter((file) =>
  file.endsWith('.png'),
);
const bytes = files.reduce((total, file) => total + statSync(join(baselines, file)).size, 0);
console.log(`${files.length} baselines, ${(bytes / 1e6).toFixed(2)} MB in ${baselines}`);
