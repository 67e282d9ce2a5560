import type { InlineCode } from 'mdast';
import type { MicromarkToken } from 'markdownlint';
import { type Conversion, positionOf } from './conversion.js';
import { literalValue } from './literal-value.js';

const MARKERS: ReadonlySet<string> = new Set(['codeTextSequence', 'codeTextPadding']);

/** Pipes in a table cell's code are escaped (`\|`) so as not to end the cell; backslashes stay. */
const ESCAPED = /\\([\\|])/g;

function unescapePipe(whole: string, escaped: string): string {
  return escaped === '|' ? escaped : whole;
}

/** The inline code mdast-util-from-markdown makes of a `codeText` token, pipes unescaped in tables as mdast-util-gfm-table does. */
export function inlineCodeFromTokens(conversion: Conversion, token: MicromarkToken): InlineCode {
  const value = literalValue(conversion, token, 'codeTextData', MARKERS);
  return {
    type: 'inlineCode',
    value: conversion.inTable ? value.replace(ESCAPED, unescapePipe) : value,
    position: positionOf(conversion, token),
  };
}
