import type { Lang } from '../config/langs.js';
import type { FigureEntry, FigureRegistry } from '../registry/figure-registry.js';
import { entriesFor } from '../registry/figure-registry.js';
import type { FigureFact, FileFacts } from './facts.js';

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const patterns = new Map<string, RegExp>();

/** A label as a whole-word, case-blind pattern (`population` is not in `populations`). */
function labelPattern(label: string): RegExp {
  let pattern = patterns.get(label);
  if (pattern === undefined) {
    // Digits, not superscripts, continue a word: `insécurité alimentaire²` names the label.
    pattern = new RegExp(
      `(?<![\\p{L}\\p{Nd}])${escape(label.trim()).replace(/\s+/g, '\\s+')}(?![\\p{L}\\p{Nd}])`,
      'giu',
    );
    patterns.set(label, pattern);
  }
  return pattern;
}

/** Where `entry`'s labels in `lang` occur in `text`, as `[start, end)`. */
function labelRanges(entry: FigureEntry, lang: Lang, text: string): [number, number][] {
  const ranges: [number, number][] = [];
  for (const label of entry.labels[lang] ?? [])
    for (const match of text.matchAll(labelPattern(label)))
      ranges.push([match.index, match.index + match[0].length]);
  return ranges;
}

const CLAUSE_BREAK = /[,;:()—–]/;

/**
 * The figure a label at `[start, end)` names: the nearest before it in the
 * same clause (`3.5 million people face food insecurity`: figures come
 * before what they count), else the nearest after it (`a population of
 * 20 million`), else the nearest before it.
 */
function figureFor(
  group: readonly FigureFact[],
  context: string,
  [start, end]: [number, number],
): FigureFact | undefined {
  const before = group.filter((figure) => figure.at + figure.text.length <= start);
  const after = group.filter((figure) => figure.at >= end);
  const inClause = before.filter(
    (figure) => !CLAUSE_BREAK.test(context.slice(figure.at + figure.text.length, start)),
  );
  return inClause.at(-1) ?? after[0] ?? before.at(-1);
}

/** A figure of a draft and the registry entry its context names. */
export interface BoundFigure {
  figure: FigureFact;
  entry: FigureEntry;
}

/**
 * The figures of a draft that name a registry entry: where a sentence (list
 * item, card label) names one of an entry's labels in the draft's language,
 * the entry binds to the figure of that sentence the label names (see
 * `figureFor`), so "20.25 million inhabitants, 45 % of them children" binds
 * only the first.
 * Figures of one sentence are consecutive in `facts.figures` and share its text.
 */
export function bindFigures(facts: FileFacts, registry: FigureRegistry | undefined): BoundFigure[] {
  if (registry === undefined) return [];
  const entries = entriesFor(registry, facts.scope).filter((entry) => entry.labels[facts.lang]?.length);
  if (entries.length === 0) return [];
  const bound: BoundFigure[] = [];
  const { figures } = facts;
  for (let start = 0; start < figures.length;) {
    let end = start + 1;
    while (
      end < figures.length &&
      (figures[end] as FigureFact).context === (figures[start] as FigureFact).context &&
      (figures[end] as FigureFact).line - (figures[end - 1] as FigureFact).line <= 1
    )
      end++;
    const group = figures.slice(start, end);
    const context = (group[0] as FigureFact).context;
    for (const entry of entries) {
      const chosen = new Set<FigureFact>();
      for (const range of labelRanges(entry, facts.lang, context)) {
        const figure = figureFor(group, context, range);
        if (figure !== undefined && figure.percent === (entry.percent ?? false)) chosen.add(figure);
      }
      for (const figure of chosen) bound.push({ figure, entry });
    }
    start = end;
  }
  return bound;
}
