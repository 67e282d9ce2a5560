import type { FigureRegistry, Lang } from '@alima/charter-lint';

/** How the plugins read a draft's structure. Every key is optional. */
export interface AlimaMarkdownOptions {
  /** The draft's language, for reading figures; default: the front matter's `lang`, else `en`. */
  lang?: Lang;
  /** A heading whose list is key figures; default `Key figures`, `Chiffres-clés` (anywhere in the heading). */
  keyFiguresHeading?: RegExp;
  /** Names that make a key-figures heading announce the organisation's own figures; default `['ALIMA']`. */
  ownSources?: readonly string[];
  /** A link whose text or URL matches is the donate call; default: `donate`, `faire un don`, `faire-un-don`. */
  donateLink?: RegExp;
  /**
   * The figure registry that `{{figure id}}` key-figure items are filled from
   * (`loadFigureRegistry(file)` from `@alima/charter-lint/node`). An id it
   * does not hold, or a reference with no registry, stops the render with a
   * message naming the draft, the line and the id.
   */
  figures?: FigureRegistry;
}

export const DEFAULT_KEY_FIGURES_HEADING = /key[ -]figures|chiffres[ -]cl[ée]s/iu;
export const DEFAULT_OWN_SOURCES: readonly string[] = ['ALIMA'];
export const DEFAULT_DONATE_LINK = /\bdonat(?:e|ion)\b|faire[ -]un[ -]don\b/iu;
