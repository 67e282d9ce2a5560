import type { Lang } from '../config/langs.js';

/** A place in a file, as reports give it (1-based, end exclusive). */
export interface Place {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

/** A statistic of a draft, with what the project rules compare it by. */
export interface FigureFact extends Place {
  /** As written: `20.25 million`, `332 957`. */
  text: string;
  value: number;
  /** The step of its last written digit (see `FigureValue`). */
  step: number;
  percent: boolean;
  /** The sentence, list item, table cell, heading or stat card label holding it. */
  context: string;
  /** Where the figure starts in `context`. */
  at: number;
  /** What it counts, for `figure-consistency`: the word after it (`patients`), lower case. */
  label?: string;
  /** The years its context names (`since 2009`, `in 2023`): its period. */
  years: number[];
  /** The text of the note it cites, when it cites one. */
  note?: string;
}

/** A footnote's definition: `[^1]: World Bank, 2020.` */
export interface NoteFact extends Place {
  text: string;
  years: number[];
}

export interface ImageFact extends Place {
  src: string;
  /** Who the credit names (`Nana Kofi Acquah / ALIMA`), when it has one. */
  credit?: string;
}

/** Where an `<alima-donate-button>` sends readers. */
export interface DonateFact extends Place {
  href: string;
}

/**
 * What the project rules need of one file, gathered during its own lint so
 * the project pass never parses it again: plain data, so it crosses worker
 * threads and sits in the `--cache` file.
 */
export interface FileFacts {
  lang: Lang;
  /** Front matter `scope:` (`mali`): the registry entries and other drafts it is compared with. */
  scope?: string;
  /** Front matter `translationKey:`: drafts sharing one are translations of each other. */
  translationKey?: string;
  figures: FigureFact[];
  notes: NoteFact[];
  images: ImageFact[];
  donate: DonateFact[];
  /**
   * The places where the file's suppression comments silence a project rule
   * (`<!-- charter-lint ignore figure-consistency -- reason -->`), found
   * during its own lint: the project pass drops its findings there. Absent
   * when the file has no suppression comment.
   */
  suppressed?: SuppressedPlace[];
}

/** A place where a suppression comment silences a project rule, with the comment's reason. */
export interface SuppressedPlace {
  ruleId: string;
  line: number;
  column: number;
  /** The text after `--` in the comment; empty without one. */
  justification: string;
}

const YEAR = /(?<![\p{L}\p{N}])(?:19|20)\d\d(?![\p{L}\p{N}])/gu;

/** The years (1900–2099) a text names, in order, each once. */
export function yearsIn(text: string): number[] {
  return [...new Set([...text.matchAll(YEAR)].map((match) => Number(match[0])))];
}
