import { readFileSync } from 'node:fs';

/** The Mali draft: the seed page as Markdown, the one copy, kept with charter-lint's fixtures. */
export const MALI_PATH = new URL('../../charter-lint/test/fixtures/mali.md', import.meta.url);
export const mali = readFileSync(MALI_PATH, 'utf8');
