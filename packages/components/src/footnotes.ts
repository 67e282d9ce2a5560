import { AlimaFootnotes } from './footnote/footnotes.js';
import { defineElement } from './internal/define.js';
import './footnote.js';
import './footnote-ref.js';

export { AlimaFootnotes, footnotesHeadingLevels } from './footnote/footnotes.js';
export type { FootnotesHeadingLevel } from './footnote/footnotes.js';

defineElement('alima-footnotes', AlimaFootnotes);
