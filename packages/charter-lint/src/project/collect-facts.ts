import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import type { Lang } from '../config/langs.js';
import { figureValue } from '../figures/figure-value.js';
import { fileStatistics } from '../figures/file-statistics.js';
import { footnoteModel } from '../footnotes/footnote-model.js';
import { maskOf, sourceText, type SourceText } from '../footnotes/source-text.js';
import { attributesOf } from '../images/html-attributes.js';
import { imageModel } from '../images/image-model.js';
import { htmlProse } from '../parse/html-prose.js';
import { nodesOf } from '../parse/nodes.js';
import { inlineText, type InlineText } from '../text/inline-text.js';
import { sentences, type TextRange } from '../text/sentences.js';
import { yearsIn, type FigureFact, type FileFacts, type Place } from './facts.js';
import { projectKeys } from './takes-part.js';

const STAT_CARD = /<alima-stat-card\b([^>]*)>([\s\S]*?)<\/alima-stat-card\s*>/gi;
const DONATE = /<alima-donate-button\b([^>]*)>([\s\S]*?)<\/alima-donate-button\s*>/gi;
const INNER_HREF = /<a\b[^>]*\bhref\s*=\s*["']([^"']+)["']|\]\(\s*<?([^)\s>]+)/i;
// Words between a figure and what it counts: `45 % of children`, `2 millions de personnes`.
const LEADING = /^(?:\s+|of\b|de\b|des\b|d['’]|du\b|the\b|les\b|more\b|additional\b|new\b|nouveaux\b)+/iu;
const WORD = /^\p{L}[\p{L}'’-]*/u;

const toPlace = ({ start, end }: { start: { line: number; column: number }; end: typeof start }): Place => ({
  line: start.line,
  column: start.column,
  endLine: end.line,
  endColumn: end.column,
});

/** The word a figure counts: the first after it, skipping `of`, `de`, articles. */
function labelAfter(context: string, end: number): string | undefined {
  const rest = context.slice(end);
  const word = WORD.exec(rest.slice(LEADING.exec(rest)?.[0].length ?? 0))?.[0];
  return word === undefined || word.length < 3 ? undefined : word.toLowerCase();
}

class Collector {
  readonly figures: FigureFact[] = [];
  private readonly notes: { start: number; text: string }[];
  private readonly cards: [number, number][] = [];

  constructor(
    private readonly source: SourceText,
    private readonly lang: Lang,
    tree: Root,
    private readonly file: VFile,
  ) {
    const model = footnoteModel(tree, file);
    const definitions = new Map(model.definitions.map((definition) => [definition.key, definition.text]));
    this.notes = model.references.map((reference) => ({
      start: reference.position.start.offset ?? 0,
      text: definitions.get(reference.key) ?? '',
    }));
  }

  /** The text of the first note cited between two source offsets. */
  private noteBetween(start: number, end: number): string | undefined {
    return this.notes.find((note) => note.start >= start && note.start <= end)?.text;
  }

  private inCard(offset: number): boolean {
    return this.cards.some(([start, end]) => offset >= start && offset < end);
  }

  /** The figures of one block of prose; `bySentence` narrows each figure's context to its sentence. */
  prose(prose: InlineText, bySentence: boolean): void {
    const statistics = fileStatistics(this.file, prose.text, this.lang);
    if (statistics.length === 0) return;
    const scopes: TextRange[] = bySentence
      ? sentences(prose.text, this.lang)
      : [{ start: 0, end: prose.text.length }];
    let index = 0;
    for (const statistic of statistics) {
      while (index < scopes.length - 1 && (scopes[index] as TextRange).end <= statistic.start) index++;
      const scope = scopes[index] ?? { start: 0, end: prose.text.length };
      const first = prose.sourceOffset(statistic.start);
      const last = prose.sourceOffset(statistic.end - 1);
      const value = figureValue(statistic.text, this.lang);
      if (first === undefined || last === undefined || value === undefined || this.inCard(first)) continue;
      const context = prose.text.slice(scope.start, scope.end);
      // A marker after the sentence's final period still belongs to it (`malnutrition.⁵`).
      const scopeEnd = prose.sourceOffset(Math.min(scope.end, prose.text.length - 1)) ?? last;
      const note = this.noteBetween(prose.sourceOffset(scope.start) ?? first, scopeEnd + 8);
      const label = labelAfter(context, statistic.end - scope.start);
      this.figures.push({
        ...toPlace(this.source.position(first, last + 1)),
        text: statistic.text,
        ...value,
        context,
        at: statistic.start - scope.start,
        years: yearsIn(context),
        ...(label === undefined ? {} : { label }),
        ...(note === undefined ? {} : { note }),
      });
    }
  }

  /**
   * `<alima-stat-card value="20250000" label="inhabitants" footnote="wb">20.25 million</alima-stat-card>`:
   * the value attribute (or the text shown), its label as context.
   */
  statCards(masked: (offset: number) => boolean): void {
    for (const match of this.source.value.matchAll(STAT_CARD)) {
      if (masked(match.index)) continue;
      this.cards.push([match.index, match.index + match[0].length]);
      const attributes = attributesOf(`<x${match[1] ?? ''}>`);
      const shown = (match[2] ?? '').replace(/<[^>]*>/g, ' ').trim();
      const written = attributes.get('value')?.trim() || shown;
      const value = figureValue(written, /^\d+(?:\.\d+)?$/.test(written) ? 'en' : this.lang);
      if (value === undefined) continue;
      const label = attributes.get('label') ?? '';
      const note = attributes.get('source') ?? this.noteBetween(match.index, match.index + match[0].length);
      this.figures.push({
        ...toPlace(this.source.position(match.index, match.index + match[0].length)),
        text: shown || written,
        ...value,
        context: label,
        at: 0,
        years: yearsIn(label),
        ...(labelAfter(` ${label}`, 0) === undefined ? {} : { label: labelAfter(` ${label}`, 0) as string }),
        ...(note === undefined ? {} : { note }),
      });
    }
  }
}

/**
 * Gathers a draft's facts for the project rules from its tree: every
 * statistic (found as `sourced-figures` finds them) with its context,
 * the note it cites and its period; notes; images and their credits; the
 * donate button's target; the front matter's `scope` and `translationKey`.
 */
export function collectFacts(tree: Root, file: VFile, lang: Lang): FileFacts {
  const source = sourceText(file);
  const masked = maskOf(tree, source.value);
  const collector = new Collector(source, lang, tree, file);
  collector.statCards(masked);
  for (const { node, parent } of nodesOf(tree)) {
    // A note's own text is the source of figures, not a figure.
    if (parent?.type === 'footnoteDefinition') continue;
    switch (node.type) {
      case 'html':
        for (const { paragraph } of htmlProse(node, source.value))
          collector.prose(inlineText([paragraph], source.value), true);
        break;
      case 'heading':
      case 'tableCell':
        collector.prose(inlineText([node], source.value), false);
        break;
      case 'listItem':
        collector.prose(
          inlineText(
            node.children.filter((child) => child.type === 'paragraph'),
            source.value,
          ),
          false,
        );
        break;
      case 'paragraph':
        if (parent?.type !== 'listItem') collector.prose(inlineText([node], source.value), true);
        break;
      default:
    }
  }
  return {
    lang,
    ...projectKeys(tree.children.find((child) => child.type === 'yaml')?.value),
    figures: collector.figures,
    notes: footnoteModel(tree, file).definitions.map((definition) => ({
      ...toPlace(definition.position),
      text: definition.text,
      years: yearsIn(definition.text),
    })),
    images: imageModel(tree, file).map((image) => ({
      ...toPlace(image.position),
      src: image.src,
      ...(image.credit === undefined ? {} : { credit: image.credit.name }),
    })),
    donate: [...source.value.matchAll(DONATE)]
      .filter((match) => !masked(match.index))
      .map((match) => {
        const inner = INNER_HREF.exec(match[2] ?? '');
        const href = attributesOf(`<x${match[1] ?? ''}>`).get('href') || inner?.[1] || inner?.[2] || '';
        return { ...toPlace(source.position(match.index, match.index + match[0].length)), href };
      }),
  };
}
