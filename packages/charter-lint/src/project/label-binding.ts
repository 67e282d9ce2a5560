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
    pattern = new RegExp(`(?<![\\p{L}\\p{N}])${escape(label.trim()).replace(/\s+/g, '\\s+')}(?![\\p{L}\\p{N}])`, 'giu');
    patterns.set(label, pattern);
  }
  return pattern;
}

/** Where `entry`'s labels in `lang` occur in `text`. */
function labelOffsets(entry: FigureEntry, lang: Lang, text: string): number[] {
  const offsets: number[] = [];
  for (const label of entry.labels[lang] ?? [])
    for (const match of text.matchAll(labelPattern(label))) offsets.push(match.index);
  return offsets;
}

/** A figure of a draft and the registry entry its context names. */
export interface BoundFigure {
  figure: FigureFact;
  entry: FigureEntry;
}

/**
 * The figures of a draft that name a registry entry: where a sentence (list
 * item, card label) names one of an entry's labels in the draft's language,
 * the entry binds to the figure of that sentence nearest the label, so
 * "20.25 million inhabitants, 45 % of them children" binds only the first.
 * Figures of one sentence are consecutive in `facts.figures` and share its text.
 */
export function bindFigures(facts: FileFacts, registry: FigureRegistry | undefined): BoundFigure[] {
  if (registry === undefined) return [];
  const entries = entriesFor(registry, facts.scope).filter((entry) => entry.labels[facts.lang]?.length);
  if (entries.length === 0) return [];
  const bound: BoundFigure[] = [];
  const { figures } = facts;
  for (let start = 0; start < figures.length; ) {
    let end = start + 1;
    while (end < figures.length && (figures[end] as FigureFact).context === (figures[start] as FigureFact).context && (figures[end] as FigureFact).line - (figures[end - 1] as FigureFact).line <= 1) end++;
    const group = figures.slice(start, end);
    const context = (group[0] as FigureFact).context;
    for (const entry of entries) {
      const chosen = new Set<FigureFact>();
      for (const offset of labelOffsets(entry, facts.lang, context)) {
        let nearest = group[0] as FigureFact;
        for (const figure of group) if (Math.abs(figure.at - offset) < Math.abs(nearest.at - offset)) nearest = figure;
        if (nearest.percent === (entry.percent ?? false)) chosen.add(nearest);
      }
      for (const figure of chosen) bound.push({ figure, entry });
    }
    start = end;
  }
  return bound;
}
