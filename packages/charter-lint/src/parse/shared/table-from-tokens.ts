import type { AlignType, PhrasingContent, Table, TableCell, TableRow } from 'mdast';
import type { MicromarkToken } from 'markdownlint';
import { type Conversion, positionOf } from './conversion.js';
import { LAYOUT_TOKENS } from './layout-tokens.js';
import { phrasingFromTokens } from './phrasing-from-tokens.js';

/** Whether `token` is what a table's structure holds besides rows and cells: dividers, line endings, layout. */
function isTableLayout(token: MicromarkToken): boolean {
  const type: string = token.type;
  return type === 'tableCellDivider' || type === 'lineEnding' || LAYOUT_TOKENS.has(type);
}

/**
 * The column alignments of a `tableDelimiterRow` token, which
 * micromark-extension-gfm-table records on the table token for
 * mdast-util-gfm-table and markdownlint's tokens do not carry: a colon
 * before the dashes is left, after them right, both center.
 */
function alignFromTokens(row: MicromarkToken): AlignType[] {
  const align: AlignType[] = [];
  for (const delimiter of row.children)
    for (const content of delimiter.children) {
      if (content.type !== 'tableContent') continue;
      const left = content.children[0]?.type === 'tableDelimiterMarker';
      const right = content.children[content.children.length - 1]?.type === 'tableDelimiterMarker';
      align.push(left ? (right ? 'center' : 'left') : right ? 'right' : null);
    }
  return align;
}

function cellFromTokens(conversion: Conversion, token: MicromarkToken): TableCell {
  const children: PhrasingContent[] = [];
  for (const child of token.children) {
    if (child.type === 'tableContent') phrasingFromTokens(conversion, child.children, children, false);
    else if (!isTableLayout(child)) conversion.declined = true;
  }
  return { type: 'tableCell', children, position: positionOf(conversion, token) };
}

function rowFromTokens(conversion: Conversion, token: MicromarkToken): TableRow {
  const children: TableCell[] = [];
  for (const child of token.children) {
    const type: string = child.type;
    if (type === 'tableHeader' || type === 'tableData') children.push(cellFromTokens(conversion, child));
    else if (!isTableLayout(child)) conversion.declined = true;
  }
  return { type: 'tableRow', children, position: positionOf(conversion, token) };
}

/**
 * The table mdast-util-gfm-table makes of a `table` token: the rows of its
 * head and body, and the alignment of its delimiter row.
 */
export function tableFromTokens(conversion: Conversion, token: MicromarkToken): Table {
  const table: Table = { type: 'table', align: [], children: [], position: positionOf(conversion, token) };
  conversion.inTable = true;
  for (const part of token.children) {
    if (part.type !== 'tableHead' && part.type !== 'tableBody') {
      if (!isTableLayout(part)) conversion.declined = true;
      continue;
    }
    for (const child of part.children) {
      const type: string = child.type;
      if (type === 'tableRow') table.children.push(rowFromTokens(conversion, child));
      else if (type === 'tableDelimiterRow') table.align = alignFromTokens(child);
      else if (!isTableLayout(child)) conversion.declined = true;
    }
  }
  conversion.inTable = false;
  return table;
}
