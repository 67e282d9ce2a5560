import { AlimaFootnote } from './footnote/footnote.js';
import { defineElement } from './internal/define.js';

export { AlimaFootnote } from './footnote/footnote.js';
export type { Backlink } from './internal/footnote-registry.js';

defineElement('alima-footnote', AlimaFootnote);
