/**
 * How deep elements may nest before the reader stops nesting them. The hast
 * builder recurses once per level and runs out of stack a few thousand
 * levels down; no page nests prose a hundred deep.
 */
export const MAX_HTML_NESTING = 300;

// Elements that never hold others, or that the parser closes itself when the next one opens
// (`<li>` after `<li>`): written one after another they do not nest.
// prettier-ignore
const FLAT = new Set([
  'area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr',
  'p', 'li', 'dt', 'dd', 'tr', 'td', 'th', 'option', 'optgroup', 'thead', 'tbody', 'tfoot', 'colgroup',
  'caption', 'rb', 'rt', 'rp', 'html', 'head', 'body',
]);
/** Elements whose content is text up to their end tag: a `<div>` in a script is not an element. */
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'noembed', 'noframes']);

const TAG = /<!--[\s\S]*?(?:-->|$)|<(\/?)([a-z][^\s/>]*)[^>]*>/gi;

/** An HTML source whose excess nesting is blanked out, and the line of the first tag blanked. */
export interface LimitedNesting {
  text: string;
  line: number;
}

/**
 * The source with the tags of elements nested deeper than
 * `MAX_HTML_NESTING` (and their end tags) replaced by spaces, so their text
 * reads as text of the element around them and every offset stays where it
 * was; `undefined` when nothing nests that deep. One pass over the source:
 * the open elements are a stack at most `MAX_HTML_NESTING` long.
 */
export function limitNesting(source: string): LimitedNesting | undefined {
  const open: string[] = [];
  const blankedOpen = new Map<string, number>();
  const blanked: [number, number][] = [];
  let lower: string | undefined;
  TAG.lastIndex = 0;
  for (let match = TAG.exec(source); match !== null; match = TAG.exec(source)) {
    const [whole, slash, rawName] = match;
    if (rawName === undefined) continue;
    const name = rawName.toLowerCase();
    const end = match.index + whole.length;
    if (slash === '') {
      if (RAW_TEXT.has(name)) {
        lower ??= source.toLowerCase();
        const close = lower.indexOf(`</${name}`, end);
        TAG.lastIndex = close === -1 ? source.length : close;
      }
      if (FLAT.has(name) || whole.endsWith('/>')) continue;
      if (open.length < MAX_HTML_NESTING) open.push(name);
      else {
        blanked.push([match.index, end]);
        blankedOpen.set(name, (blankedOpen.get(name) ?? 0) + 1);
      }
    } else if ((blankedOpen.get(name) ?? 0) > 0 && !open.includes(name)) {
      blanked.push([match.index, end]);
      blankedOpen.set(name, (blankedOpen.get(name) ?? 0) - 1);
    } else {
      const at = open.lastIndexOf(name);
      if (at !== -1) open.length = at;
    }
  }
  if (blanked.length === 0) return undefined;
  let text = '';
  let from = 0;
  for (const [start, end] of blanked) {
    text += source.slice(from, start) + source.slice(start, end).replace(/[^\n]/g, ' ');
    from = end;
  }
  text += source.slice(from);
  const [[first]] = blanked as [[number, number]];
  return { text, line: source.slice(0, first).split('\n').length };
}
