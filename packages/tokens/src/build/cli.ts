// Builds dist/ from the token source: `node dist/build/cli.js [--readme]`.
// With --readme it also rewrites the token tables in README.md.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildOutputs } from './build-outputs.js';
import { renderTokenTables, replaceDocsSection } from './emit-docs.js';
import { TokenError } from './token-error.js';

const root = fileURLToPath(new URL('../../', import.meta.url));

try {
  const { entries, files } = buildOutputs(root);
  mkdirSync(join(root, 'dist'), { recursive: true });
  for (const [name, text] of Object.entries(files)) writeFileSync(join(root, 'dist', name), text);
  if (process.argv.includes('--readme')) {
    const readme = join(root, 'README.md');
    writeFileSync(readme, replaceDocsSection(readFileSync(readme, 'utf8'), renderTokenTables(entries)));
  }
  process.stdout.write(
    `@alima/tokens: ${entries.length} tokens → dist/${Object.keys(files).join(', dist/')}\n`,
  );
} catch (error) {
  if (!(error instanceof TokenError)) throw error;
  console.error(`@alima/tokens: ${error.message}`);
  process.exitCode = 1;
}
