export { remarkAlima } from './remark-alima.js';
export type { AlimaFileData } from './remark-alima.js';
export type { AlimaMarkdownOptions } from './options.js';
export { DEFAULT_KEY_FIGURES_HEADING, DEFAULT_OWN_SOURCES, DEFAULT_DONATE_LINK } from './options.js';
export { frontMatter } from './front-matter.js';
export type { FrontMatter } from './front-matter.js';
