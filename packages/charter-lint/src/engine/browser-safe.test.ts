import { readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const src = fileURLToPath(new URL('../', import.meta.url));
const builtins = new Set(builtinModules);
const IMPORT = /(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;

/** Every Node built-in reachable from `entry` through our own modules, as `file → specifier`. */
function nodeImports(entry: string): string[] {
  const found: string[] = [];
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const code = readFileSync(file, 'utf8').replace(/^\s*import type .*$/gm, '');
    for (const match of code.matchAll(IMPORT)) {
      const specifier = match[1] ?? match[2] ?? '';
      if (specifier.startsWith('.')) visit(join(dirname(file), specifier.replace(/\.js$/, '.ts')));
      else if (specifier.startsWith('node:') || builtins.has(specifier.split('/')[0] ?? '')) {
        found.push(`${relative(src, file)} → ${specifier}`);
      }
    }
  };
  visit(join(src, entry));
  return found;
}

// The Storybook live checker bundles the main entry for the browser: no Node built-ins may be reachable.
describe('browser-safe entry points', () => {
  it.each(['index.ts', 'preset.ts', 'engine/lint-text.ts', 'fix/fix-text.ts', 'docx/lint-docx.ts'])(
    '%s imports no Node built-in',
    (entry) => {
      expect(nodeImports(entry)).toEqual([]);
    },
  );

  it('bundles for the browser with its dependencies, HTML reading (rehype-parse, parse5) included', async () => {
    // The check above follows our modules only; a bundler for the browser follows every package.
    const { build } = await import('esbuild');
    const result = await build({
      stdin: { contents: "export { lintText } from './engine/lint-text.ts';", resolveDir: src, loader: 'ts' },
      bundle: true,
      platform: 'browser',
      format: 'esm',
      write: false,
      logLevel: 'silent',
    });
    expect(result.errors).toEqual([]);
    expect(result.outputFiles[0]?.text).toContain('rehype-parse');
  }, 60_000);

  it('the Node entry does (the check sees them)', () => {
    expect(nodeImports('node.ts').length).toBeGreaterThan(0);
  });
});
