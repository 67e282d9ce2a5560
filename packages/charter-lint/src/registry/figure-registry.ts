import type { Lang } from '../config/langs.js';

/** One reference figure of the organisation. */
export interface FigureEntry {
  /** Its id in the registry: `mali.population`. */
  id: string;
  /** The figure as a plain number: 20250000. */
  value: number;
  /** The year it describes. */
  year: number;
  /** Who published it: `World Bank 2020`, or per language (`{ en: World Bank 2020, fr: Banque mondiale 2020 }`). */
  source: string | Partial<Record<Lang, string>>;
  url?: string;
  /** The drafts it applies to (front matter `scope:`); without, every draft. */
  scope?: string;
  /** The value is a percentage. */
  percent?: boolean;
  /** Per language, the words that name what it counts. */
  labels: Partial<Record<Lang, string[]>>;
}

/** A loaded registry: its file and entries, in the file's order. */
export interface FigureRegistry {
  file: string;
  entries: FigureEntry[];
}

/** How the entry's source is named in `lang` (its only name when it has one). */
export function sourceName(entry: FigureEntry, lang: Lang): string {
  if (typeof entry.source === 'string') return entry.source;
  return entry.source[lang] ?? Object.values(entry.source)[0] ?? '';
}

/** Every name of the entry's source, in every language. */
export const sourceNames = (entry: FigureEntry): string[] =>
  typeof entry.source === 'string'
    ? [entry.source]
    : Object.values(entry.source).filter((name) => name !== undefined);

/** The entry `id` of `registry`, if any: what a renderer fills a key-figure card from. */
export function findFigure(registry: FigureRegistry, id: string): FigureEntry | undefined {
  return registry.entries.find((entry) => entry.id === id);
}

/** The entries that apply to a draft of `scope` (those of its scope, and those of none). */
export function entriesFor(registry: FigureRegistry, scope: string | undefined): FigureEntry[] {
  return registry.entries.filter((entry) => entry.scope === undefined || entry.scope === scope);
}
