import type { Event } from 'micromark-util-types';

type Align = 'left' | 'right' | 'center' | 'none';

/**
 * A GFM table's column alignments from its delimiter row, as
 * micromark-extension-gfm-table records them on the table token (`_align`,
 * which mdast-util-gfm-table reads): markdownlint's tokens do not carry it.
 * A colon before the dashes is left, after is right, both is center.
 */
export function tableAlign(events: readonly Event[], tableIndex: number): Align[] {
  const align: Align[] = [];
  let inDelimiterRow = false;
  for (let index = tableIndex; index < events.length; index++) {
    const [kind, token] = events[index] as Event;
    if (!inDelimiterRow) {
      inDelimiterRow = kind === 'enter' && token.type === 'tableDelimiterRow';
    } else if (kind === 'enter') {
      if (token.type === 'tableContent')
        align.push(events[index + 1]?.[1].type === 'tableDelimiterMarker' ? 'left' : 'none');
    } else if (token.type === 'tableContent') {
      if (events[index - 1]?.[1].type === 'tableDelimiterMarker')
        align[align.length - 1] = align.at(-1) === 'left' ? 'center' : 'right';
    } else if (token.type === 'tableDelimiterRow') {
      break;
    }
  }
  return align;
}

/** Sets `_align` on every table token of `events`. */
export function alignTables(events: readonly Event[]): void {
  events.forEach(([kind, token], index) => {
    if (kind === 'enter' && token.type === 'table')
      (token as { _align?: Align[] })._align = tableAlign(events, index);
  });
}
