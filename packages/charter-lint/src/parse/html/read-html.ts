import type { Element, Root as HastRoot } from 'hast';
import type { Root } from 'mdast';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import { hastToMdast } from './hast-to-mdast.js';
import { limitNesting } from './limit-nesting.js';

/** An HTML page read for the rules. */
export interface HtmlPage {
  /** The rules' model of the page, positions in the HTML source. */
  tree: Root;
  /** The page's declared language: `<html lang="fr">`. */
  lang?: string;
  /** The first line where elements nested too deep were read as plain text. */
  flattenedAt?: number;
}

const parser = unified().use(rehypeParse).freeze();

/** The `lang` of the page's `<html>` element. */
function declaredLang(tree: HastRoot): string | undefined {
  const html = tree.children.find(
    (node): node is Element => node.type === 'element' && node.tagName === 'html',
  );
  const lang = html?.properties?.lang;
  return typeof lang === 'string' && lang.trim() !== '' ? lang : undefined;
}

/**
 * Parses an HTML page or fragment (a CMS export, a saved page, a WordPress
 * post body) with rehype-parse, as a browser would, and reads it into the
 * rules' model. Linear in the page's length: nesting beyond
 * `MAX_HTML_NESTING` is read flat.
 */
export function readHtml(source: string): HtmlPage {
  const limited = limitNesting(source);
  const hast = parser.parse(limited?.text ?? source);
  const lang = declaredLang(hast);
  return {
    tree: hastToMdast(hast, source),
    ...(lang === undefined ? {} : { lang }),
    ...(limited === undefined ? {} : { flattenedAt: limited.line }),
  };
}
