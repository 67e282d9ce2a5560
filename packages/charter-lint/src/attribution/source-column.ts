import type { Table } from 'mdast';
import { inlineText } from '../text/inline-text.js';

/** A header naming the column that holds each row's source, in the languages drafts are written in. */
const SOURCE_HEADER = /^(?:sources?|source\s?\(s\)|fuentes?|fonte|références?|references?|origine)\s*:?$/iu;

/**
 * The index of a table's source column, the column headed Source, Sources,
 * Source(s) or Fuente in any case, if it has one: each row is sourced by
 * its own cell in that column, and only by it.
 */
export function sourceColumn(table: Table, source: string): number | undefined {
  const header = table.children[0];
  if (header === undefined) return undefined;
  const index = header.children.findIndex((cell) =>
    SOURCE_HEADER.test(inlineText([cell], source).text.replace(/[*_]/g, '').trim()),
  );
  return index === -1 ? undefined : index;
}
