import type {
  BlockContent,
  Blockquote,
  DefinitionContent,
  Paragraph,
  PhrasingContent,
  ThematicBreak,
} from 'mdast';
import type { MicromarkToken } from 'markdownlint';
import { codeFencedFromTokens, codeIndentedFromTokens } from './code-from-tokens.js';
import { type Conversion, enter, leave, positionOf } from './conversion.js';
import { definitionFromTokens } from './definition-from-tokens.js';
import { footnoteDefinitionFromTokens } from './footnote-from-tokens.js';
import { atxHeadingFromTokens, setextHeadingFromTokens } from './heading-from-tokens.js';
import { htmlFlowFromTokens } from './html-from-tokens.js';
import { LAYOUT_TOKENS } from './layout-tokens.js';
import { listFromTokens } from './list-from-tokens.js';
import { phrasingFromTokens } from './phrasing-from-tokens.js';
import { tableFromTokens } from './table-from-tokens.js';

type FlowContent = BlockContent | DefinitionContent;

function paragraphFromTokens(conversion: Conversion, token: MicromarkToken): Paragraph {
  const children: PhrasingContent[] = [];
  phrasingFromTokens(conversion, token.children, children, true);
  return { type: 'paragraph', children, position: positionOf(conversion, token) };
}

function blockquoteFromTokens(conversion: Conversion, token: MicromarkToken): Blockquote {
  const children: FlowContent[] = [];
  conversion.containers++;
  for (const child of token.children) flowTokenToMdast(conversion, child, children);
  conversion.containers--;
  return { type: 'blockquote', children, position: positionOf(conversion, token) };
}

function thematicBreakFromTokens(conversion: Conversion, token: MicromarkToken): ThematicBreak {
  return { type: 'thematicBreak', position: positionOf(conversion, token) };
}

type FlowBuilder = (conversion: Conversion, token: MicromarkToken) => FlowContent | undefined;

/**
 * The flow node each flow token makes. Any other token holds layout or is
 * declined: blocks markdownlint parses and our parser does not (directives,
 * display math) among them.
 */
const FLOW_BUILDERS: ReadonlyMap<string, FlowBuilder> = new Map<string, FlowBuilder>([
  ['paragraph', paragraphFromTokens],
  ['atxHeading', atxHeadingFromTokens],
  ['setextHeading', setextHeadingFromTokens],
  ['listUnordered', listFromTokens],
  ['listOrdered', listFromTokens],
  ['blockQuote', blockquoteFromTokens],
  ['htmlFlow', htmlFlowFromTokens],
  ['thematicBreak', thematicBreakFromTokens],
  ['codeIndented', codeIndentedFromTokens],
  ['codeFenced', codeFencedFromTokens],
  ['definition', definitionFromTokens],
  ['table', tableFromTokens],
  ['gfmFootnoteDefinition', footnoteDefinitionFromTokens],
]);

/**
 * Appends to `children` the flow node mdast-util-from-markdown makes of
 * `token`, a child of the document or of a container: none for line endings
 * and layout, those of its children for a `content` token (paragraphs and
 * definitions).
 */
export function flowTokenToMdast(
  conversion: Conversion,
  token: MicromarkToken,
  children: FlowContent[],
): void {
  if (conversion.declined || !enter(conversion)) return;
  const type: string = token.type;
  if (type === 'content') {
    for (const child of token.children) flowTokenToMdast(conversion, child, children);
  } else if (type !== 'lineEnding') {
    const build = FLOW_BUILDERS.get(type);
    const node = build?.(conversion, token);
    if (node) children.push(node);
    else if (!build && !LAYOUT_TOKENS.has(type)) conversion.declined = true;
  }
  leave(conversion);
}
