// Runs every benchmark in this folder, one after the other (they would
// disturb each other's timings if run together). `npm run bench` builds first.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(new URL('.', import.meta.url));
const helpers = new Set(['run.js', 'parse-floor.js']);
const scripts = readdirSync(here)
  .filter((name) => name.endsWith('.js') && !helpers.has(name))
  .sort();

let failed = false;
for (const script of scripts) {
  console.log(`\n## ${script}\n`);
  const { status } = spawnSync(process.execPath, [`${here}${script}`, ...process.argv.slice(2)], {
    stdio: 'inherit',
  });
  if (status !== 0) failed = true;
}
process.exitCode = failed ? 1 : 0;
