import { readFigure, type FigureRegistry, type Lang } from '@alima/charter-lint';
import type { Heading, List, ListItem, PhrasingContent, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { VFile } from 'vfile';
import { asContent, element, isElement, type ElementNode } from '../mdast/element.js';
import { DEFAULT_KEY_FIGURES_HEADING, DEFAULT_OWN_SOURCES } from '../options.js';
import { FIGURE_REFERENCE, lookUpFigure, registryCard } from './registry-figure.js';

/** How key figures are found: the draft's language and the headings that announce them. */
export interface KeyFiguresSettings {
  lang: Lang;
  heading?: RegExp;
  ownSources?: readonly string[];
  /** The figure registry `{{figure id}}` items are filled from. */
  figures?: FigureRegistry;
  /** The draft, for the message naming an unknown figure. */
  file: VFile;
}

type Variant = 'country' | 'own';

/** `:::key-figures`, `:::key-figures{variant=own}` or `:::key-figures{.own}` opens a block; `:::` closes it. */
const OPEN = /^:::[ \t]*key-figures[ \t]*(?:\{([^}]*)\})?[ \t]*$/u;
const CLOSE = /\n?:::[ \t]*$/u;

/** What a card is made of: the figure as readers see it without JavaScript, and the card's attributes. */
interface CardFigure {
  text: string;
  /** Where the label starts in the item's first text. */
  end: number;
  value: number;
  notation: 'compact' | undefined;
  format?: 'percent' | undefined;
  label?: string;
  source?: string;
}

/**
 * The figure an item starts with: a `{{figure id}}` reference filled from the
 * registry (an unknown id stops the render with a message naming the draft,
 * line and id), or a figure as written, read in the draft's language.
 */
function itemFigure(item: ListItem, text: string, settings: KeyFiguresSettings): CardFigure | undefined {
  const reference = FIGURE_REFERENCE.exec(text);
  if (reference === null) {
    const figure = readFigure(text, settings.lang);
    return figure && { ...figure, notation: figure.scaled ? 'compact' : undefined };
  }
  const id = reference[1] as string;
  const found = lookUpFigure(settings.figures, id);
  if ('problem' in found)
    settings.file.fail(found.problem, { place: item.position, ruleId: 'figure', source: 'alima-render' });
  return { ...registryCard(found.entry, settings.lang), end: reference[0].length };
}

/** A card's parts: the item's paragraph, the figure read from it, and its marker. */
function card(
  item: ListItem,
  settings: KeyFiguresSettings,
  variant: Variant,
  ownSource: string,
): ElementNode | undefined {
  const paragraph = item.children.length === 1 ? item.children[0] : undefined;
  if (paragraph?.type !== 'paragraph') return undefined;
  const [first, ...rest] = paragraph.children;
  if (first?.type !== 'text') return undefined;
  const figure = itemFigure(item, first.value, settings);
  if (figure === undefined) return undefined;
  const marker = rest.find((node) => isElement(node, 'alima-footnote-ref')) as ElementNode | undefined;
  const label: PhrasingContent[] = [
    { type: 'text', value: first.value.slice(figure.end).trimStart() },
    ...rest.filter((node) => node !== (marker as unknown)),
  ];
  // Spaces before the marker would sit inside the label's last word.
  const last = label.at(-1);
  if (last?.type === 'text') last.value = last.value.trimEnd();
  // A registry figure written without a label takes the entry's.
  if (figure.label !== undefined && toString({ type: 'paragraph', children: label }) === '')
    label.splice(0, label.length, { type: 'text', value: figure.label });
  if (marker !== undefined) marker.data.hProperties.slot = 'footnote';
  const footnote = marker?.data.hProperties.footnote as string | undefined;
  return element(
    'alima-stat-card',
    {
      value: figure.value,
      format: figure.format,
      notation: figure.notation,
      footnote,
      // A registry figure without a marker shows the registry's source; own
      // figures are sourced by the organisation itself (content rules §1.3).
      source:
        footnote !== undefined ? undefined : (figure.source ?? (variant === 'own' ? ownSource : undefined)),
      variant: variant === 'own' ? 'own' : undefined,
    },
    [
      { type: 'text', value: `${figure.text} ` },
      asContent(element('span', { slot: 'label' }, label)),
      ...(marker === undefined ? [] : [marker]),
    ],
  );
}

/** A list's cards, or `undefined` when an item is not "figure + label (+ marker)". */
function cards(
  list: List,
  settings: KeyFiguresSettings,
  variant: Variant,
  ownSource: string,
): ElementNode[] | undefined {
  const result = list.children.map((item) => card(item, settings, variant, ownSource));
  return result.every((item) => item !== undefined) ? (result as ElementNode[]) : undefined;
}

/** Every item ends with a footnote marker: sourced figures, the shape of a country page's key figures. */
const allSourced = (list: List): boolean =>
  list.children.length > 0 &&
  list.children.every((item) => {
    const paragraph = item.children[0];
    return paragraph?.type === 'paragraph' && isElement(paragraph.children.at(-1), 'alima-footnote-ref');
  });

/** Every item references the registry (`{{figure id}}`): key figures wherever the list is. */
const allRegistry = (list: List): boolean =>
  list.children.length > 0 &&
  list.children.every((item) => {
    const text = item.children[0]?.type === 'paragraph' ? item.children[0].children[0] : undefined;
    return text?.type === 'text' && FIGURE_REFERENCE.test(text.value);
  });

const directiveVariant = (attributes: string | undefined): Variant =>
  /(?:^|\s)(?:\.own|variant\s*=\s*["']?own)\b/u.test(attributes ?? '') ? 'own' : 'country';

const paragraphText = (node: RootContent | undefined): string | undefined =>
  node?.type === 'paragraph' ? toString(node) : undefined;

/**
 * Key figures as `<alima-stat-group>` of `<alima-stat-card>`s. A list is key
 * figures when every item is a figure, a label and (for sourced figures) a
 * footnote marker, and it is
 * - the list right under a heading matching `heading` ("Key figures",
 *   "Chiffres-clés"; the heading becomes the group's), own figures when the
 *   heading names one of `ownSources` ("ALIMA key figures") or says "our"/"nos";
 * - inside a `:::key-figures` … `:::` block (`:::key-figures{variant=own}` for own figures); or
 * - a list whose every item ends with a footnote marker, or starts with a
 *   `{{figure id}}` reference to the figure registry, wherever it is.
 *
 * Runs after the footnote references became `<alima-footnote-ref>`s. Each
 * figure is read by charter-lint's number reader in the draft's language:
 * `20.25 million` and `20,25 millions` are `value="20250000"
 * notation="compact"`, and the figure as written stays as the card's text
 * for readers without JavaScript. A `{{figure id}}` item takes its value,
 * label (unless the item writes one) and source (unless it has a marker)
 * from the registry entry `id`.
 */
export function transformKeyFigures(tree: Root, settings: KeyFiguresSettings): void {
  const headingPattern = settings.heading ?? DEFAULT_KEY_FIGURES_HEADING;
  const ownSources = settings.ownSources ?? DEFAULT_OWN_SOURCES;
  const own = new RegExp(
    `(?:^|[^\\p{L}])(?:${[...ownSources.map((name) => name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')), 'our', 'nos', 'notre'].join('|')})(?![\\p{L}])`,
    'iu',
  );
  const output: RootContent[] = [];
  let directive: Variant | undefined;
  const children = tree.children;
  for (let index = 0; index < children.length; index++) {
    const node = children[index] as RootContent;
    const open = OPEN.exec(paragraphText(node) ?? '');
    if (open !== null) {
      directive = directiveVariant(open[1]);
      continue;
    }
    if (
      directive !== undefined &&
      CLOSE.test(paragraphText(node) ?? '') &&
      paragraphText(node)?.trim() === ':::'
    ) {
      directive = undefined;
      continue;
    }
    if (node.type === 'list') {
      const heading = output.at(-1)?.type === 'heading' ? (output.at(-1) as Heading) : undefined;
      const headingText = heading === undefined ? '' : toString(heading);
      const underHeading = heading !== undefined && headingPattern.test(headingText);
      // A closing `:::` right under the last item is part of its paragraph (a lazy continuation line).
      const lastBlock = node.children.at(-1)?.children.at(-1);
      const lastText = lastBlock?.type === 'paragraph' ? lastBlock.children.at(-1) : undefined;
      const closesHere = directive !== undefined && lastText?.type === 'text' && CLOSE.test(lastText.value);
      if (closesHere && lastText?.type === 'text') lastText.value = lastText.value.replace(CLOSE, '');
      const variant: Variant | undefined =
        directive ??
        (underHeading
          ? own.test(headingText)
            ? 'own'
            : 'country'
          : allSourced(node) || allRegistry(node)
            ? 'country'
            : undefined);
      const ownSource = ownSources.find((name) => headingText.includes(name)) ?? ownSources[0] ?? 'ALIMA';
      const made = variant === undefined ? undefined : cards(node, settings, variant, ownSource);
      if (closesHere) directive = undefined;
      if (made !== undefined) {
        if (underHeading && heading !== undefined) output.pop();
        output.push(
          asContent(
            element(
              'alima-stat-group',
              underHeading && heading !== undefined
                ? { heading: headingText, 'heading-level': Math.max(2, heading.depth) }
                : {},
              made,
            ),
          ),
        );
        continue;
      }
    }
    output.push(node);
  }
  tree.children = output;
}
