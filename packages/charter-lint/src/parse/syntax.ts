import { frontmatterFromMarkdown, frontmatterToMarkdown } from 'mdast-util-frontmatter';
import { gfmFootnoteFromMarkdown, gfmFootnoteToMarkdown } from 'mdast-util-gfm-footnote';
import { gfmTableFromMarkdown, gfmTableToMarkdown } from 'mdast-util-gfm-table';
import { frontmatter } from 'micromark-extension-frontmatter';
import { gfmFootnote } from 'micromark-extension-gfm-footnote';
import { gfmTable } from 'micromark-extension-gfm-table';
import type { Processor } from 'unified';

/** How mdast reads the syntax the rules need in a document's body (front matter aside). */
const bodyFromMarkdown = [gfmFootnoteFromMarkdown(), gfmTableFromMarkdown()];

interface SyntaxData {
  micromarkExtensions?: unknown[];
  fromMarkdownExtensions?: unknown[];
  toMarkdownExtensions?: unknown[];
}

/**
 * The Markdown syntax the rules need beyond CommonMark: GFM footnotes and
 * tables, and YAML front matter. Not the whole of remark-gfm: its
 * autolink-literal extension is a large share of its parse time and no rule
 * needs it (a bare URL is text either way). It also tells remark-stringify
 * how to write these nodes back, so `remark -o` keeps front matter, notes
 * and tables (without it remark-cli stops at `Cannot handle unknown node 'yaml'`).
 */
export function remarkCharterSyntax(this: Processor): void {
  const data = this.data() as SyntaxData;
  (data.micromarkExtensions ??= []).push(gfmFootnote(), gfmTable(), frontmatter(['yaml']));
  (data.fromMarkdownExtensions ??= []).push(...bodyFromMarkdown, frontmatterFromMarkdown(['yaml']));
  (data.toMarkdownExtensions ??= []).push(
    gfmFootnoteToMarkdown(),
    gfmTableToMarkdown(),
    frontmatterToMarkdown(['yaml']),
  );
}
