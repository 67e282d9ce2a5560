import { VFile } from 'vfile';
import { createParser } from '../parse/processor.js';
import type { CharterMessage } from '../report/finding.js';
import type { CharterRule, RuleConfig } from './define-rule.js';

/**
 * Runs one rule on a Markdown string through the real parser and returns
 * its messages: for rule tests and for trying a rule out.
 */
export async function lintMarkdown<Options>(
  rule: CharterRule<Options>,
  markdown: string,
  config?: RuleConfig<Options>,
): Promise<CharterMessage[]> {
  const file = new VFile({ path: 'draft.md', value: markdown });
  const processor = createParser().use(rule, config);
  await processor.run(processor.parse(file), file);
  return file.messages as CharterMessage[];
}
