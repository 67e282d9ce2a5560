import { exactFigure, sameFigure } from '../figures/figure-value.js';
import type { FigureRegistry } from '../registry/figure-registry.js';
import type { FileFacts } from './facts.js';
import { bindFigures } from './label-binding.js';

/** Where a draft states a registry figure, as `figure-registry` reads it. */
export interface FigureUse {
  /** The draft, as the caller names it. */
  path: string;
  line: number;
  column: number;
  /** The figure as written: `20,25 millions`. */
  text: string;
  /** Whether it states the registry's value (within its rounding). */
  agrees: boolean;
}

/**
 * Every use of each registry entry in `drafts`, by entry id (entries used
 * nowhere map to `[]`): for an editor's overview of the registry, such as
 * the Storybook's Figures page. Browser-safe.
 */
export function registryUses(
  registry: FigureRegistry,
  drafts: readonly { path: string; facts: FileFacts }[],
): Map<string, FigureUse[]> {
  const uses = new Map<string, FigureUse[]>(registry.entries.map((entry) => [entry.id, []]));
  for (const { path, facts } of drafts) {
    for (const { figure, entry } of bindFigures(facts, registry)) {
      uses.get(entry.id)?.push({
        path,
        line: figure.line,
        column: figure.column,
        text: figure.text,
        agrees: sameFigure(figure, exactFigure(entry.value, entry.percent)),
      });
    }
  }
  return uses;
}
