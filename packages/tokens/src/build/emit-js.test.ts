import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import ts from 'typescript';
import { afterAll, describe, expect, it } from 'vitest';
import { buildOutputs } from './build-outputs.js';
import { camelCase, REEXPORTED_MODULES } from './emit-js.js';

const packageRoot = fileURLToPath(new URL('../..', import.meta.url));
const { files } = buildOutputs(packageRoot);
const out = mkdtempSync(join(tmpdir(), 'alima-tokens-'));
for (const [name, text] of Object.entries(files)) writeFileSync(join(out, name), text);
writeFileSync(join(out, 'package.json'), '{ "type": "module" }\n');
// The entry point re-exports hand-written modules that tsc compiles next to it;
// here each is a stand-in that forwards to the TypeScript source.
for (const module of REEXPORTED_MODULES) {
  const source = JSON.stringify(join(packageRoot, 'src', module));
  const target = join(out, module);
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(
    target,
    `export * from ${JSON.stringify(join(packageRoot, 'src', module.replace(/\.js$/, '.ts')))};\n`,
  );
  writeFileSync(target.replace(/\.js$/, '.d.ts'), `export * from ${source};\n`);
}
afterAll(() => rmSync(out, { recursive: true, force: true }));

interface TokensModule {
  tokens: Record<string, unknown>;
  darkTokens: Record<string, unknown>;
  tokenNames: string[];
  cssVar: (name: string, fallback?: string) => string;
  contrastRatio: (foreground: string, background: string) => number;
  contrastPairs: unknown[];
}
const load = async () => (await import(pathToFileURL(join(out, 'index.js')).href)) as TokensModule;

function cssDeclarations(selector: string): Map<string, string> {
  const css = files['tokens.css'] ?? '';
  const start = css.indexOf(`${selector} {`);
  const body = css.slice(start, css.indexOf('}', start));
  return new Map(
    [...body.matchAll(/(--alima-[\w-]+): ([^;]+);/g)].map((match) => [match[1] ?? '', match[2] ?? '']),
  );
}

const lookup = (tree: Record<string, unknown>, path: string[]) =>
  path.reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], tree);

describe('index.js', () => {
  it('holds the same values as tokens.css, under camelCase paths', async () => {
    const { tokens, tokenNames } = await load();
    const root = cssDeclarations(':root');
    expect(tokenNames).toEqual([...root.keys()].map((property) => property.slice('--alima-'.length)));
    const { entries } = buildOutputs(packageRoot);
    for (const entry of entries) {
      expect(lookup(tokens, entry.path.map(camelCase)), entry.name).toBe(root.get(entry.cssVar));
    }
    expect(lookup(tokens, ['color', 'brand', 'primary'])).toBe('#e2001a');
    expect(lookup(tokens, ['color', 'textMuted'])).toBe(root.get('--alima-color-text-muted'));
  });

  it('holds the dark theme values of tokens.css', async () => {
    const { darkTokens } = await load();
    const dark = cssDeclarations('.alima-theme-dark');
    expect(dark.size).toBeGreaterThan(0);
    for (const [property, value] of dark) {
      const path = property.slice('--alima-'.length).split('-');
      // Semantic colours are `color-<name>`: the rest of the property is one camelCased key.
      expect(lookup(darkTokens, ['color', camelCase(path.slice(1).join('-'))]), property).toBe(value);
    }
  });

  it('re-exports the contrast helpers and the pairs the components use', async () => {
    const { contrastRatio, contrastPairs } = await load();
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastPairs.length).toBeGreaterThan(10);
  });

  it('builds var() references, with an optional fallback', async () => {
    const { cssVar } = await load();
    expect(cssVar('color-accent')).toBe('var(--alima-color-accent)');
    expect(cssVar('space-md', '1rem')).toBe('var(--alima-space-md, 1rem)');
  });
});

describe('index.d.ts', () => {
  it('types values as literals and accepts only known token names in cssVar()', () => {
    const consumer = join(out, 'consumer.ts');
    writeFileSync(
      consumer,
      `import { cssVar, tokens, darkTokens, contrastPairs, type TokenName, type TokenEntry, type ContrastPair } from './index.js';
const red: '#e2001a' = tokens.color.brand.primary;
const muted: string = tokens.color.textMuted;
const dark: string = darkTokens.color.surface;
const reference: \`var(--alima-color-accent\${string})\` = cssVar('color-accent');
const name: TokenName = 'space-md';
const entry: Pick<TokenEntry, 'cssVar'> = { cssVar: '--alima-space-md' };
const pair: ContrastPair | undefined = contrastPairs[0];
// @ts-expect-error: a misspelt token name is a type error
cssVar('color-acent');
export { red, muted, dark, reference, name, entry, pair };
`,
    );
    const program = ts.createProgram([consumer], {
      strict: true,
      noEmit: true,
      module: ts.ModuleKind.NodeNext,
      moduleResolution: ts.ModuleResolutionKind.NodeNext,
      target: ts.ScriptTarget.ES2022,
      lib: ['lib.es2022.d.ts'],
      skipDefaultLibCheck: true,
      types: [],
    });
    const messages = ts
      .getPreEmitDiagnostics(program)
      .map((diagnostic) => ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'));
    expect(messages).toEqual([]);
  }, 30_000);
});
