import type { Position } from 'unist';
import type { SourceText } from '../footnotes/source-text.js';
import { attributesOf } from '../images/html-attributes.js';

const CARD_OPEN = /<alima-stat-card\b[^>]*>/gi;
const CARD_CLOSE = /<\/alima-stat-card\s*>/gi;
/** A reference slotted into the card: `<alima-footnote-ref slot="footnote" …>`, or a `<sup>` marker. */
const SLOTTED_REFERENCE = /\bslot\s*=\s*["']?footnote\b|<alima-footnote-ref\b|<sup\b/i;

/** An `<alima-stat-card>` written into a draft or page. */
export interface StatCard {
  /** The figure: its `value` attribute, else its text. */
  value: string;
  /** Its `footnote` or `source` attribute is set, or a reference is slotted in. */
  sourced: boolean;
  /** The card's start tag. */
  position: Position;
}

/**
 * The design system's stat cards in the source, outside code and comments:
 * a card is a statistic, sourced as the element itself sees it (by its
 * `footnote` or `source` attribute, or a slotted `<alima-footnote-ref>`).
 * One pass: a card's content ends at the first `</alima-stat-card>` after it.
 */
export function statCards(source: SourceText, masked: (offset: number) => boolean): StatCard[] {
  const closes = [...source.value.matchAll(CARD_CLOSE)].map((match) => match.index);
  const cards: StatCard[] = [];
  let next = 0;
  for (const open of source.value.matchAll(CARD_OPEN)) {
    const start = open.index;
    const end = start + open[0].length;
    while (next < closes.length && (closes[next] as number) < end) next++;
    if (masked(start)) continue;
    const attributes = attributesOf(open[0]);
    const contentEnd = closes[next] ?? end;
    const content = source.value.slice(end, contentEnd);
    const given = (name: string) => (attributes.get(name)?.trim() ?? '') !== '';
    const text = content
      .replace(/<[^>]*>/g, ' ')
      .replace(/\s+/g, ' ')
      .trim();
    cards.push({
      value: attributes.get('value')?.trim() || text,
      sourced: given('footnote') || given('source') || SLOTTED_REFERENCE.test(content),
      position: source.position(start, end),
    });
  }
  return cards;
}
