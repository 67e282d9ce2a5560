import { AlimaFootnoteRef } from './footnote/footnote-ref.js';
import { defineElement } from './internal/define.js';

export { AlimaFootnoteRef } from './footnote/footnote-ref.js';
export { footnotesSettled } from './internal/footnote-registry.js';
export type { ReferenceNumber } from './internal/footnote-registry.js';

defineElement('alima-footnote-ref', AlimaFootnoteRef);
