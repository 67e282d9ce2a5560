import type { Root } from 'mdast';
import type { MicromarkToken } from 'markdownlint';
import { startConversion } from './conversion.js';
import { frontMatterNode } from './front-matter.js';
import { lineStarts } from './line-starts.js';
import { mdastFromTokens } from './mdast-from-tokens.js';

/** What markdownlint parsed of a file: its token tree and the front matter it removed first. */
export interface MarkdownlintParse {
  tokens: readonly MicromarkToken[];
  frontMatterLines: readonly string[];
}

/**
 * The mdast tree of `text` built from markdownlint's parse of it, so a file
 * linted with markdownlint is tokenized by micromark once, not twice (that
 * second parse was a quarter of a full run). `undefined` when the tree could
 * differ from our own parser's, and the caller parses the file itself: a
 * byte order mark or a tab (micromark splits tabs into virtual spaces that
 * markdownlint's offsets cannot express), or anything `mdastFromTokens` and
 * `frontMatterNode` decline. Property tests hold the two trees equal.
 */
export function treeFromMarkdownlint(text: string, parse: MarkdownlintParse): Root | undefined {
  if (text.startsWith('\uFEFF') || text.includes('\t')) return undefined;
  const starts = lineStarts(text);
  const frontMatter = frontMatterNode(text, starts, parse.frontMatterLines);
  if (frontMatter === undefined) return undefined;
  const conversion = startConversion(text, starts, parse.frontMatterLines.length);
  const tree = mdastFromTokens(conversion, parse.tokens);
  if (tree === undefined) return undefined;
  if (frontMatter.node && tree.position) {
    tree.children.unshift(frontMatter.node);
    tree.position.start = { line: 1, column: 1, offset: 0 };
  }
  return tree;
}
