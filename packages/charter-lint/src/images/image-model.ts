import { nodesOf, nodesOfType } from '../parse/nodes.js';
import type { Definition, Root } from 'mdast';
import type { VFile } from 'vfile';
import { maskOf, offsetsOf, sourceText, type SourceText } from '../footnotes/source-text.js';
import { findCredit, withoutDecoration, type CreditText } from './credit-text.js';
import { attributesOf } from './html-attributes.js';
import { OPAQUE_MARK } from '../text/inline-text.js';
import type { Credit, CreditPlace, Image } from './image.js';
import { findWrappers, type Wrapper } from './wrappers.js';

const IMG = /<img\b[^>]*>/gi;
/** Where the next image starts: Markdown, HTML, or the one character a Word document's picture is in its text. */
const NEXT_IMAGE = new RegExp(`<img\\b|!\\[|${OPAQUE_MARK}`, 'i');

interface Found extends Omit<Image, 'credit'> {
  title?: string;
  start: number;
  /** Where the text that may hold the credit starts: after the image, or the link around it. */
  end: number;
}

function findImages(tree: Root, source: SourceText, masked: (offset: number) => boolean): Found[] {
  const definitions = new Map<string, Definition>();
  for (const node of nodesOfType(tree, 'definition'))
    if (!definitions.has(node.identifier)) definitions.set(node.identifier, node);
  const found: Found[] = [];
  for (const { node, parent } of nodesOf(tree)) {
    if (node.type !== 'image' && node.type !== 'imageReference' && node.type !== 'html') continue;
    const [start, end] = offsetsOf(node);
    const linked = parent?.type === 'link' || parent?.type === 'linkReference';
    const after = linked ? offsetsOf(parent)[1] : end;
    if (node.type === 'image') {
      const position = source.position(start, end);
      found.push({
        kind: 'markdown',
        src: node.url,
        alt: node.alt ?? '',
        title: node.title ?? undefined,
        position,
        start,
        end: after,
      });
    } else if (node.type === 'imageReference') {
      const definition = definitions.get(node.identifier);
      const position = source.position(start, end);
      found.push({
        kind: 'reference',
        src: definition?.url ?? '',
        alt: node.alt ?? '',
        title: definition?.title ?? undefined,
        position,
        start,
        end: after,
      });
    } else if (node.type === 'html') {
      for (const tag of source.value.slice(start, end).matchAll(IMG)) {
        const tagStart = start + tag.index;
        if (masked(tagStart)) continue;
        const attributes = attributesOf(tag[0]);
        const tagEnd = tagStart + tag[0].length;
        found.push({
          kind: 'html',
          src: attributes.get('src') ?? '',
          alt: attributes.get('alt'),
          title: attributes.get('title'),
          position: source.position(tagStart, tagEnd),
          start: tagStart,
          end: tagEnd,
        });
      }
    }
  }
  return found;
}

/** A credit found in source text starting at offset `from`. */
function writtenCredit(place: CreditPlace, found: CreditText, from: number, source: SourceText): Credit {
  const at = from + found.index;
  return {
    place,
    text: found.text,
    name: found.name,
    position: source.position(at, at + found.text.length),
    offset: at,
  };
}

/** The credit in the text right after `offset`: the rest of its line, else the next non-blank line. */
function creditAfter(source: SourceText, offset: number): Credit | undefined {
  let lineStart = offset;
  for (let lines = 0; lines < 3; lines++) {
    const newline = source.value.indexOf('\n', lineStart);
    const lineEnd = newline === -1 ? source.value.length : newline;
    const whole = source.value.slice(lineStart, lineEnd);
    // A credit belongs to the image it follows: text from the next image on is that image's.
    const next = whole.search(NEXT_IMAGE);
    const line = next === -1 ? whole : whole.slice(0, next);
    if (next !== -1 && withoutDecoration(line) === '') return undefined;
    if (withoutDecoration(line) !== '') {
      const credit = findCredit(line);
      return credit === undefined ? undefined : writtenCredit('line', credit, lineStart, source);
    }
    if (newline === -1) return undefined;
    lineStart = newline + 1;
  }
  return undefined;
}

function creditOf(image: Found, wrappers: Wrapper[], source: SourceText): Credit | undefined {
  const around = wrappers.filter((wrapper) => wrapper.start <= image.start && image.end <= wrapper.end);
  const titled = image.title === undefined ? undefined : findCredit(image.title);
  if (titled !== undefined) {
    const at = source.value.indexOf(titled.text, image.start);
    return {
      place: 'title',
      text: titled.text,
      name: titled.name,
      position: image.position,
      ...(at !== -1 && at < image.end ? { offset: at } : {}),
    };
  }
  for (const wrapper of around) {
    const photographer = wrapper.attributes.get('photographer')?.trim() ?? '';
    if (wrapper.tag === 'alima-photo-credit' && /\p{L}/u.test(photographer)) {
      const organization = wrapper.attributes.get('organization')?.trim() || 'ALIMA';
      return {
        place: 'element',
        text: `© ${photographer} / ${organization}`,
        name: photographer,
        position: image.position,
      };
    }
    const caption = wrapper.caption === undefined ? undefined : findCredit(wrapper.caption.text);
    if (caption !== undefined && wrapper.caption !== undefined) {
      return writtenCredit('figcaption', caption, wrapper.caption.offset, source);
    }
  }
  return creditAfter(source, Math.max(image.end, ...around.map((wrapper) => wrapper.end)));
}

const cache = new WeakMap<Root, Image[]>();

/**
 * Every image of a document — `![alt](src)`, `![alt][ref]`, HTML `<img>`,
 * in a `<figure>` or an `<alima-photo-credit>` or not — with its credit,
 * looked for in the image title, the `<alima-photo-credit photographer>`
 * around it, its figure's `<figcaption>`, then the text right after the
 * image (or after its link, figure or element). Built once per tree.
 */
export function imageModel(tree: Root, file: VFile): Image[] {
  let images = cache.get(tree);
  if (images === undefined) {
    const source = sourceText(file);
    const masked = maskOf(tree, source.value);
    const wrappers = findWrappers(source.value, masked);
    images = findImages(tree, source, masked).map((image) => {
      const credit = creditOf(image, wrappers, source);
      return {
        kind: image.kind,
        src: image.src,
        alt: image.alt,
        position: image.position,
        ...(credit === undefined ? {} : { credit }),
      };
    });
    cache.set(tree, images);
  }
  return images;
}
