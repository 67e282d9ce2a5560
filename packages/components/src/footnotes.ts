import { AlimaFootnotes } from './footnote/footnotes.js';
import { defineElement } from './internal/define.js';
import { acceptPropertyNameAttributes } from './internal/property-name-attributes.js';
import './internal/footnote-elements.js';

export { AlimaFootnotes, footnotesHeadingLevels } from './footnote/footnotes.js';
export type { FootnotesHeadingLevel } from './footnote/footnotes.js';

// Its camelCase properties also take React's lowercase attribute names.
defineElement('alima-footnotes', AlimaFootnotes, acceptPropertyNameAttributes);
