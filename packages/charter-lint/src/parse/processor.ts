import type { Root } from 'mdast';
import remarkParse from 'remark-parse';
import { unified, type Processor } from 'unified';
import { remarkCharterSyntax } from './syntax.js';

/** A parser for drafts: remark-parse with the syntax the rules read. */
export function createParser(): Processor<Root> {
  return unified().use(remarkParse).use(remarkCharterSyntax) as Processor<Root>;
}
