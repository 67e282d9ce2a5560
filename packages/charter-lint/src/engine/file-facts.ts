import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { collectFacts } from '../project/collect-facts.js';
import type { FileFacts } from '../project/facts.js';
import { documentLang } from '../text/language.js';
import type { LintOptions } from './lint-options.js';
import { suppressedProjectPlaces } from './project-suppression.js';

/** The facts of a parsed text, for the project rules, in its language as the rules read it. */
export const factsOf = (tree: Root, file: VFile, options: LintOptions): FileFacts =>
  collectFacts(tree, file, documentLang(tree, file, options));

/**
 * `factsOf` a linted file (Markdown, HTML or Word), with the places where
 * its suppression comments silence a project rule.
 */
export function factsWithSuppressions(tree: Root, file: VFile, options: LintOptions): FileFacts {
  const facts = factsOf(tree, file, options);
  const suppressed = suppressedProjectPlaces(tree, String(file.value), facts);
  return suppressed === undefined ? facts : { ...facts, suppressed };
}
