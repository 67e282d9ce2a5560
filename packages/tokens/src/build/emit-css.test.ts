import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildOutputs } from './build-outputs.js';
import { AUTO_THEME_SELECTORS, DARK_THEME_SELECTORS } from './emit-css.js';
import { SYSTEM_COLORS } from './token-set.js';

const { entries, files } = buildOutputs(fileURLToPath(new URL('../..', import.meta.url)));
const css = files['tokens.css'] ?? '';

/** The declarations of the first block whose prelude matches, as [property, value] pairs. */
function block(source: string, prelude: RegExp): [string, string][] {
  const start = source.search(prelude);
  expect(start, `no block matching ${prelude}`).toBeGreaterThanOrEqual(0);
  const body = source.slice(source.indexOf('{', start) + 1, source.indexOf('}', start));
  return [...body.matchAll(/([\w-]+):\s*([^;]+);/g)].map((match) => [match[1] ?? '', match[2] ?? '']);
}

describe('tokens.css', () => {
  const root = block(css, /^:root \{/m);

  it('declares every token exactly once on :root, with its value', () => {
    expect(root.map(([property]) => property)).toEqual(entries.map((entry) => entry.cssVar));
    expect(new Set(root.map(([property]) => property)).size).toBe(entries.length);
    expect(Object.fromEntries(root)).toEqual(
      Object.fromEntries(entries.map((entry) => [entry.cssVar, entry.value])),
    );
  });

  it('uses valid, prefixed custom property names', () => {
    for (const [property] of root) expect(property).toMatch(/^--alima-[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it('overrides semantic colours under the dark theme selectors and asks for dark form controls', () => {
    const dark = block(css, /^\[data-alima-theme="dark"\],\n\.alima-theme-dark \{/m);
    expect(dark).toContainEqual(['color-scheme', 'dark']);
    expect(dark).toContainEqual(['--alima-color-surface', '#111113']);
    expect(dark).toContainEqual(['background-color', 'var(--alima-color-surface)']);
    expect(dark).toContainEqual(['color', 'var(--alima-color-text)']);
    expect(dark.length - 3).toBe(entries.filter((entry) => entry.dark).length);
  });

  it('gives the same dark values to the automatic theme when the reader prefers dark', () => {
    const auto = block(
      css,
      /@media \(prefers-color-scheme: dark\) \{\n {2}\[data-alima-theme="auto"\],\n {2}\.alima-theme-auto \{/,
    );
    const dark = block(css, /^\[data-alima-theme="dark"\],\n\.alima-theme-dark \{/m);
    expect(auto).toEqual(
      dark.filter(([property]) => property !== 'color' && property !== 'background-color'),
    );
  });

  it('sets every duration to its reduced value under prefers-reduced-motion', () => {
    const reduced = block(css, /@media \(prefers-reduced-motion: reduce\) \{\n {2}:root \{/);
    const durations = entries.filter((entry) => entry.type === 'duration');
    expect(durations.length).toBeGreaterThan(0);
    expect(reduced).toEqual(durations.map((entry) => [entry.cssVar, '0ms']));
  });

  it('maps every semantic colour to a system colour under forced-colors, also inside dark-themed elements', () => {
    const start = css.indexOf('@media (forced-colors: active)');
    expect(start).toBeGreaterThan(0);
    expect(css.slice(start)).toContain(
      [':root', ...DARK_THEME_SELECTORS, ...AUTO_THEME_SELECTORS].join(',\n  '),
    );
    const forced = block(css.slice(start), /:root,/);
    const semantic = entries.filter((entry) => entry.type === 'color' && entry.path.length === 2);
    expect(forced.map(([property]) => property)).toEqual(semantic.map((entry) => entry.cssVar));
    for (const [, value] of forced) expect(SYSTEM_COLORS).toContain(value);
  });

  it('declares each token once per block it has a value for, and nowhere else', () => {
    for (const entry of entries) {
      // Dark values appear twice: for the dark theme and for the automatic one.
      const expected =
        1 + [entry.dark, entry.dark, entry.reducedMotion, entry.forcedColor].filter(Boolean).length;
      expect(css.split(`${entry.cssVar}:`).length - 1, entry.cssVar).toBe(expected);
    }
  });
});
