/**
 * Colour when the output is a terminal, unless NO_COLOR is set (any
 * non-empty value, per no-color.org); FORCE_COLOR forces it on ("0" or
 * "false" forces it off), as in Node and chalk.
 */
export function shouldColor(env: Record<string, string | undefined>, isTTY: boolean): boolean {
  const force = env.FORCE_COLOR;
  if (force !== undefined) return force !== '0' && force !== 'false';
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  return isTTY;
}

const codes = {
  red: [31, 39],
  yellow: [33, 39],
  blue: [34, 39],
  dim: [2, 22],
  bold: [1, 22],
  underline: [4, 24],
} as const;
export type Style = keyof typeof codes;

/** `paint(true)('red', text)` wraps text in ANSI codes; `paint(false)` returns it unchanged. */
export function paint(enabled: boolean): (style: Style, text: string) => string {
  return (style, text) => (enabled ? `\u001b[${codes[style][0]}m${text}\u001b[${codes[style][1]}m` : text);
}
