import type { TokenEntry } from './token-set.js';

/** `text-muted` → `textMuted`; a hyphen before a digit stays (`2xl`, `font-size-2xl`). */
export const camelCase = (name: string): string =>
  name.replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase());

interface Tree {
  [key: string]: Tree | string;
}

/** Nests the picked values by token path, with camelCase keys: `tokens.color.textMuted`. */
export function nest(entries: readonly TokenEntry[], pick: (entry: TokenEntry) => string | undefined): Tree {
  const root: Tree = {};
  for (const entry of entries) {
    const value = pick(entry);
    if (value === undefined) continue;
    const keys = entry.path.map(camelCase);
    const last = keys.pop() as string;
    let node = root;
    for (const key of keys) node = (node[key] ??= {}) as Tree;
    node[last] = value;
  }
  return root;
}

const HEADER = '// @alima/tokens: generated from src/tokens/*.tokens.json by src/build. Do not edit.';

/** Hand-written modules the entry point re-exports; tsc compiles them next to it in dist/. */
export const REEXPORTED_MODULES = ['./contrast.js', './contrast-pairs.js', './build/token-set.js'] as const;
const REEXPORTS_JS = `export { contrastRatio } from './contrast.js';
export { contrastKinds, contrastPairs } from './contrast-pairs.js';`;
const REEXPORTS_DTS = `export { contrastRatio } from './contrast.js';
export { contrastKinds, contrastPairs, type ContrastKind, type ContrastPair } from './contrast-pairs.js';
export type { TokenEntry } from './build/token-set.js';`;

/** The ES module: token values, dark overrides, names and the `cssVar()` helper. */
export function emitJs(entries: readonly TokenEntry[]): string {
  return `${HEADER}
${REEXPORTS_JS}

/** Token values in the default (light) theme, as CSS text. */
export const tokens = ${JSON.stringify(
    nest(entries, (entry) => entry.value),
    null,
    2,
  )};

/** Values that differ under the dark theme. */
export const darkTokens = ${JSON.stringify(
    nest(entries, (entry) => entry.dark),
    null,
    2,
  )};

/** Every token name, as \`cssVar()\` takes it. */
export const tokenNames = ${JSON.stringify(
    entries.map((entry) => entry.name),
    null,
    2,
  )};

/** \`var(--alima-<name>)\`, with an optional fallback value. */
export function cssVar(name, fallback) {
  return fallback === undefined ? \`var(--alima-\${name})\` : \`var(--alima-\${name}, \${fallback})\`;
}
`;
}

/** The declarations: literal types for every value and a union of token names. */
export function emitDts(entries: readonly TokenEntry[]): string {
  return `${HEADER}
${REEXPORTS_DTS}

/** Token values in the default (light) theme, as CSS text. */
export declare const tokens: ${typeLiteral(nest(entries, (entry) => entry.value))};

/** Values that differ under the dark theme. */
export declare const darkTokens: ${typeLiteral(nest(entries, (entry) => entry.dark))};

/** The name of a token, as \`cssVar()\` takes it. */
export type TokenName =
${entries.map((entry) => `  | ${JSON.stringify(entry.name)}`).join('\n')};

/** Every token name. */
export declare const tokenNames: readonly TokenName[];

/** \`var(--alima-<name>)\`, with an optional fallback value: \`cssVar('color-accent')\`. */
export declare function cssVar<Name extends TokenName>(name: Name, fallback?: string): \`var(--alima-\${Name}\${string})\`;
`;
}

function typeLiteral(tree: Tree, indent = ''): string {
  const inner = `${indent}  `;
  const members = Object.entries(tree).map(
    ([key, value]) =>
      `${inner}readonly ${JSON.stringify(key)}: ${typeof value === 'string' ? JSON.stringify(value) : typeLiteral(value, inner)};`,
  );
  return `{\n${members.join('\n')}\n${indent}}`;
}
