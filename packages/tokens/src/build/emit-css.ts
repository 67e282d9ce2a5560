import type { TokenEntry } from './token-set.js';

/** Elements under either selector (and their descendants) use the dark theme. */
export const DARK_THEME_SELECTORS = ['[data-alima-theme="dark"]', '.alima-theme-dark'] as const;

/** Elements under either selector follow the reader's setting (`prefers-color-scheme`): the opt-in automatic theme. */
export const AUTO_THEME_SELECTORS = ['[data-alima-theme="auto"]', '.alima-theme-auto'] as const;

/**
 * A themed element paints its own surface and text, so a dark section on a
 * light page reads as one (its text would otherwise be near-white on white).
 */
const THEMED_BOX = ['color: var(--alima-color-text);', 'background-color: var(--alima-color-surface);'];

/**
 * The stylesheet: every token on `:root`, the dark theme's overrides (on
 * request, or following `prefers-color-scheme` where asked for), durations
 * for reduced motion, and system colours for forced-colors mode. Forced colours
 * also apply inside dark-themed elements, which would otherwise win over `:root`.
 */
export function emitCss(entries: readonly TokenEntry[]): string {
  const declarations = (pick: (entry: TokenEntry) => string | undefined) =>
    entries.flatMap((entry) => {
      const value = pick(entry);
      return value === undefined ? [] : [`${entry.cssVar}: ${value};`];
    });
  return (
    [
      '/* @alima/tokens: generated from src/tokens/*.tokens.json by src/build. Do not edit. */',
      rule(
        [':root'],
        declarations((entry) => entry.value),
      ),
      rule(DARK_THEME_SELECTORS, [
        'color-scheme: dark;',
        ...THEMED_BOX,
        ...declarations((entry) => entry.dark),
      ]),
      rule(AUTO_THEME_SELECTORS, ['color-scheme: light dark;', ...THEMED_BOX]),
      atRule(
        '@media (prefers-color-scheme: dark)',
        rule(AUTO_THEME_SELECTORS, ['color-scheme: dark;', ...declarations((entry) => entry.dark)]),
      ),
      atRule(
        '@media (prefers-reduced-motion: reduce)',
        rule(
          [':root'],
          declarations((entry) => entry.reducedMotion),
        ),
      ),
      atRule(
        '@media (forced-colors: active)',
        rule(
          [':root', ...DARK_THEME_SELECTORS, ...AUTO_THEME_SELECTORS],
          declarations((entry) => entry.forcedColor),
        ),
      ),
    ].join('\n\n') + '\n'
  );
}

const rule = (selectors: readonly string[], body: readonly string[]) =>
  `${selectors.join(',\n')} {\n${body.map((line) => `  ${line}`).join('\n')}\n}`;

const atRule = (prelude: string, inner: string) =>
  `${prelude} {\n${inner
    .split('\n')
    .map((line) => `  ${line}`)
    .join('\n')}\n}`;
