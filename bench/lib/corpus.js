import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The benchmark corpus: 2,781 real Markdown files nobody here wrote (see its
 * README), beside the repository, or where BENCH_CORPUS says (a git worktree
 * elsewhere).
 */
export const CORPUS =
  process.env.BENCH_CORPUS ?? fileURLToPath(new URL('../../../shared/corpus/digitalgov', import.meta.url));

/** Every Markdown file under `root`, sorted so runs are comparable. */
export function markdownFiles(root = CORPUS) {
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.(md|markdown)$/i.test(entry.name))
    .map((entry) => join(entry.parentPath ?? entry.path, entry.name))
    .sort();
}
