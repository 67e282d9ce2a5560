import {
  findFigure,
  sourceName,
  type FigureEntry,
  type FigureRegistry,
  type Lang,
} from '@alima/charter-lint';

/**
 * `{{figure mali.population}}` at the start of a key-figures item: the card
 * takes its value, label and source from the registry entry. The id is
 * written as the registry writes it (letters, digits, `.`, `_`, `-`).
 */
export const FIGURE_REFERENCE = /^\{\{[ \t]*figure[ \t]+([\p{L}\p{N}._-]+)[ \t]*\}\}/u;

/** A figure of the registry as a card shows it: its value, the text readers see without JavaScript, its label and source. */
export interface RegistryCard {
  value: number;
  notation: 'compact' | undefined;
  format: 'percent' | undefined;
  text: string;
  label: string;
  source: string;
}

/** Millions and up are written with words (`20.25 million`), as the drafts write them. */
const COMPACT_FROM = 1_000_000;

/**
 * The card for `entry` in `lang`. The text is formatted with the options
 * `<alima-stat-card>` formats its value with, so hydration changes no word.
 */
export function registryCard(entry: FigureEntry, lang: Lang): RegistryCard {
  const compact = !entry.percent && Math.abs(entry.value) >= COMPACT_FROM;
  const options: Intl.NumberFormatOptions = entry.percent
    ? { style: 'percent', maximumFractionDigits: 2 }
    : compact
      ? { notation: 'compact', compactDisplay: 'long', maximumFractionDigits: 2, useGrouping: 'min2' }
      : { useGrouping: 'min2' };
  const text = new Intl.NumberFormat(lang, options).format(entry.percent ? entry.value / 100 : entry.value);
  const labels = entry.labels[lang] ?? Object.values(entry.labels).find((words) => words !== undefined);
  return {
    value: entry.value,
    notation: compact ? 'compact' : undefined,
    format: entry.percent ? 'percent' : undefined,
    text,
    label: labels?.[0] ?? '',
    source: sourceName(entry, lang),
  };
}

/** Why a `{{figure id}}` reference cannot be filled, or the entry it names. */
export function lookUpFigure(
  registry: FigureRegistry | undefined,
  id: string,
): { entry: FigureEntry } | { problem: string } {
  if (registry === undefined)
    return {
      problem: `figure "${id}" needs a figure registry, and none was found: add figures.yml at the repository root or set "figures.registry" in the charter-lint configuration.`,
    };
  const entry = findFigure(registry, id);
  return entry === undefined
    ? { problem: `figure "${id}" is not in the figure registry ${registry.file}.` }
    : { entry };
}
