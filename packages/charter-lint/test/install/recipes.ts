import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../cli/built.js';

const readme = readFileSync(join(packageRoot, 'README.md'), 'utf8');

/** The first fenced block in `language` after the README heading `heading`: the recipe exactly as documented. */
export function recipe(heading: string, language: string): string {
  const start = readme.indexOf(`\n${heading}\n`);
  if (start < 0) throw new Error(`README.md has no heading "${heading}"`);
  const block = new RegExp('```' + language + '\\n([\\s\\S]*?)\\n```').exec(readme.slice(start));
  if (!block?.[1]) throw new Error(`README.md: no \`\`\`${language} block under "${heading}"`);
  return block[1];
}

/** The command lines of a shell block, comments dropped. */
export const commandLines = (block: string): string[] =>
  block
    .split('\n')
    .map((line) => line.replace(/\s+#.*$/, '').trim())
    .filter((line) => line !== '' && !line.startsWith('#'));
