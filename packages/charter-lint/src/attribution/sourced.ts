import type { InlineText } from '../text/inline-text.js';
import type { TextRange } from '../text/sentences.js';
import { hasInTextAttribution, hasNoteMark } from './in-text.js';

const overlaps = (a: TextRange, b: TextRange): boolean => a.start < b.end && b.start < a.end;

/**
 * Whether `scope` of `prose` (a sentence, or a whole list item, table cell
 * or heading) gives a source: a footnote marker, words naming one, a link,
 * or the organisation's own voice (`own`, from {@link ownDataPattern}).
 */
export function isSourced(prose: InlineText, scope: TextRange, own: RegExp): boolean {
  const text = prose.text.slice(scope.start, scope.end);
  return (
    hasNoteMark(text) ||
    hasInTextAttribution(text) ||
    own.test(text) ||
    prose.ranges.some((range) => range.kind === 'link' && overlaps(range, scope))
  );
}
