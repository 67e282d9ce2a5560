import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TokenError } from './token-error.js';
import type { SourceFile } from './token-set.js';

/** Where the token source lives, relative to the package root. */
export const TOKENS_DIR = 'src/tokens';
export const DARK_THEME_FILE = 'src/themes/dark.tokens.json';

/** Reads every `src/tokens/*.tokens.json` (in name order) and the dark theme. */
export function loadSources(root: string): { base: SourceFile[]; dark: SourceFile } {
  const base = readdirSync(join(root, TOKENS_DIR))
    .filter((name) => name.endsWith('.tokens.json'))
    .sort()
    .map((name) => readSource(root, `${TOKENS_DIR}/${name}`));
  return { base, dark: readSource(root, DARK_THEME_FILE) };
}

function readSource(root: string, file: string): SourceFile {
  let text: string;
  try {
    text = readFileSync(join(root, file), 'utf8');
  } catch (error) {
    throw new TokenError(
      file,
      '',
      `cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)})`,
    );
  }
  try {
    return { file, document: JSON.parse(text) as unknown };
  } catch (error) {
    throw new TokenError(
      file,
      '',
      `is not valid JSON${lineOf(text, (error as Error).message)}: ${(error as Error).message}`,
    );
  }
}

/** ` at line L, column C` when the parser's message gives a position. */
function lineOf(text: string, message: string): string {
  const position = /at position (\d+)/.exec(message)?.[1];
  if (position === undefined) return '';
  const before = text.slice(0, Number(position)).split('\n');
  return ` at line ${before.length}, column ${(before.at(-1)?.length ?? 0) + 1}`;
}
