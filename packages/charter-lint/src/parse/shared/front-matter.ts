import type { Yaml } from 'mdast';

const FENCE = /^---[ \t]*$/;
const BLANK = /^[ \t]*$/;

/**
 * The `yaml` node our parser (micromark-extension-frontmatter) makes of the
 * front matter markdownlint removed before parsing, given as its lines.
 * `{}` when there was none; `undefined` when markdownlint's reading of the
 * front matter is not ours (TOML or JSON, a fence with other whitespace,
 * lines that are not blank after the closing fence), so the file needs its
 * own parse.
 */
export function frontMatterNode(
  text: string,
  starts: readonly number[],
  lines: readonly string[],
): { node?: Yaml } | undefined {
  if (lines.length === 0) return {};
  if (!FENCE.test(lines[0] ?? '')) return undefined;
  const close = lines.findIndex((line, index) => index > 0 && FENCE.test(line));
  if (close < 0 || !lines.slice(close + 1).every((line) => BLANK.test(line))) return undefined;
  const closeStart = starts[close] ?? text.length;
  const closeLine = lines[close] ?? '';
  return {
    node: {
      type: 'yaml',
      value: text.slice(starts[1] ?? text.length, closeStart).replace(/(?:\r\n|\r|\n)$/, ''),
      position: {
        start: { line: 1, column: 1, offset: 0 },
        end: { line: close + 1, column: closeLine.length + 1, offset: closeStart + closeLine.length },
      },
    },
  };
}
