import type { Lang } from '../config/langs.js';
import type { ReportedSeverity } from '../report/severity.js';

/** The §4 categories of content-rules.md, in the order the docs list them. */
export const CATEGORIES = [
  'health-stigma',
  'victim-framing',
  'person-first',
  'pity',
  'saviour',
  'othering',
  'neutrality',
  'identity',
  'displacement',
  'disability',
  'gender',
  'claims',
  'child-identity',
] as const;
export type Category = (typeof CATEGORIES)[number];

/**
 * When a phrase alone is not enough to flag it. Never combined with a fix:
 * a judgement about the sentence is not an edit a machine should make.
 */
export interface EntryContext {
  /**
   * Not flagged when the same sentence contains one of these phrases
   * (`@name` refers to a marker list of the lexicon, e.g. `@attribution`).
   */
  unlessSentence?: string[];
  /** Flagged only when the same sentence also contains one of these phrases (`without us` … `would die`). */
  ifSentence?: string[];
  /** Flagged only next to a named child ("Aïcha, 12,") whose name the document does not say was changed. */
  namedChild?: boolean;
}

/** Sentences an entry must flag and sentences it must leave alone; run as tests. */
export interface EntryExamples {
  flag: string[];
  accept: string[];
}

/** One piece of guidance: the phrases it flags and what to write instead. */
export interface LexiconEntry {
  /** Stable id, unique in its lexicon; the docs anchor. */
  id: string;
  category: Category;
  severity: ReportedSeverity;
  /**
   * What to flag, matched on whole words, case-insensitively, with hyphens,
   * apostrophes and accents normalised. `{a|b}` expands to alternatives,
   * `{a|}` makes a part optional: `victim{s|} of {malaria|cholera}`.
   */
  phrases: string[];
  /**
   * Text that can replace the phrase where it stands, best first: editors
   * offer it as a one-click fix. Empty when the fix is to rephrase.
   */
  replacements: string[];
  /** What to do when no text can replace the phrase ("name the country"): shown in the note, never as a replacement. */
  advice?: string;
  /** True when the single replacement can be swapped in without breaking grammar. */
  fix?: boolean;
  /** Why, in a sentence or two, in the lexicon's language. */
  note: string;
  /** The guidance this follows. */
  url: string;
  /**
   * Not flagged as a title right before a name (“Chairman Hochberg”, “Congressman
   * Cantor”): that is the person’s own title, not a default for everyone.
   */
  skipBeforeName?: boolean;
  /** Longer phrases containing a match that are fine (a programme name, a legal term). */
  exceptions: string[];
  context?: EntryContext;
  examples: EntryExamples;
}

/** A category's title and description in the lexicon's language, for messages and docs. */
export interface CategoryText {
  title: string;
  description: string;
}

/** Everything the `charter-language` rule knows for one language. */
export interface Lexicon {
  lang: Lang;
  categories: Record<Category, CategoryText>;
  /** Never flagged inside: programme and organisation names, the charter's own wording. */
  allowed: string[];
  /** Named phrase lists entries refer to as `@name` (attribution verbs, phase-5 wording…). */
  markers: Record<string, string[]>;
  /**
   * Phrases saying a name was changed: in a sentence naming a child they clear
   * that child (`namedChild` entries), in one naming none every child.
   */
  nameChanged: string[];
  entries: LexiconEntry[];
}
