import type { Configuration } from 'markdownlint';

/**
 * Elements a draft may write as HTML: figures with captions, superscript
 * footnote markers, and the organisation's own elements (`alima-*`, added at
 * check time since MD033 takes a fixed list).
 */
export const PROSE_HTML_ELEMENTS = [
  'figure',
  'figcaption',
  'img',
  'picture',
  'source',
  'sup',
  'sub',
  'br',
  'abbr',
  'details',
  'summary',
] as const;

/**
 * markdownlint as writers need it. Everything not listed keeps markdownlint's
 * default (on). Each choice, and why:
 *
 * - MD013 (line length) off: prose paragraphs are one long line in most
 *   editors and CMS exports; wrapping is not a writer's concern.
 * - MD033 (inline HTML) on, but allowing figures, images, `<sup>`, a few
 *   phrasing elements and every `alima-*` element; other HTML still warns,
 *   because it escapes the design system.
 * - MD045 (image alt text) on: the charter asks for alt text on every image.
 * - MD041 (first line is a top-level heading) off: CMS pages take their title
 *   from front matter or the CMS, and drafts often start with a lede.
 * - MD025 (one top-level heading) ignores front matter `title:`: CMS pages
 *   carry the title in front matter and repeat it as the `#` heading.
 * - MD024 (duplicate headings) only among siblings: "Context" under two
 *   countries is fine.
 * - MD007 (nested list indentation) off: 2 and 4 spaces nest the same in
 *   CommonMark; editors and CMS exports use both. In the 2,781-page DigitalGov
 *   corpus it was a quarter of all findings, none of them visible to readers.
 * - MD026 (trailing punctuation in headings) off: French headings end with
 *   "?" or "!" as a matter of style, and questions are common in headings.
 * - MD036 (emphasis used instead of a heading) off: photo credits are a line
 *   in emphasis (`*© Name / ALIMA*`), which MD036 mistakes for a heading.
 * - MD034 (bare URLs) off: CMS exports keep bare links in footnotes and
 *   sources; they render as links on the site.
 * - MD049/MD050 (emphasis and strong style) off: both `*` and `_` come from
 *   pasted content and render the same; churn for writers with no reader gain.
 * - MD009 (trailing spaces) keeps its default of allowing the two-space hard
 *   line break; MD010 (hard tabs), MD012 (blank lines) stay on: they are
 *   invisible noise that breaks diffs.
 */
export const proseConfig: Configuration = {
  default: true,
  MD013: false,
  MD033: { allowed_elements: [...PROSE_HTML_ELEMENTS] },
  MD045: true,
  MD041: false,
  MD025: { front_matter_title: '' },
  MD024: { siblings_only: true },
  MD007: false,
  MD026: false,
  MD036: false,
  MD034: false,
  MD049: false,
  MD050: false,
};
