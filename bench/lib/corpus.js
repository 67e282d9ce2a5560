import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The benchmark corpus: 2,781 real Markdown files nobody here wrote (see its README). */
export const CORPUS = fileURLToPath(new URL('../../../shared/corpus/digitalgov', import.meta.url));

/** Every Markdown file under `root`, sorted so runs are comparable. */
export function markdownFiles(root = CORPUS) {
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.(md|markdown)$/i.test(entry.name))
    .map((entry) => join(entry.parentPath ?? entry.path, entry.name))
    .sort();
}
