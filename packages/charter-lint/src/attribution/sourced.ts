import type { InlineText } from '../text/inline-text.js';
import type { TextRange } from '../text/sentences.js';
import { hasInTextAttribution, hasNoteMark } from './in-text.js';
import type { OwnData } from './own-data.js';

const overlaps = (a: TextRange, b: TextRange): boolean => a.start < b.end && b.start < a.end;

/**
 * Whether `scope` of `prose` (a sentence, or a whole list item, table cell
 * or heading) gives a source: a footnote marker, words naming one, a link,
 * or the organisation counting its own activity (`own`, from {@link ownData}).
 */
export function isSourced(prose: InlineText, scope: TextRange, own: OwnData): boolean {
  const text = prose.text.slice(scope.start, scope.end);
  return (
    hasNoteMark(text) ||
    hasInTextAttribution(own.unnamed(text)) ||
    own.counts(text) ||
    prose.ranges.some((range) => range.kind === 'link' && overlaps(range, scope))
  );
}
