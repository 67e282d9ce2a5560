/** `---` alone on the first line (after a byte-order mark), up to the next `---` line. */
const LEADING_FRONT_MATTER = /^\uFEFF?---[ \t]*\r?\n([^]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

/** The YAML between a draft's front matter fences, read from its text without a parse; `undefined` without one. */
export const frontMatterBlock = (text: string): string | undefined => LEADING_FRONT_MATTER.exec(text)?.[1];
