import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { elementTags } from '../element-tags.js';

/*
 * What a page's bundler ships for an import, measured by bundling it with
 * esbuild (minified, package.json `sideEffects` honoured, as in an app build).
 * The package's own sources are bundled, so the test needs no prior build.
 */
const src = fileURLToPath(new URL('../../src/', import.meta.url));
const ELEMENTS = elementTags;

async function bundle(code: string): Promise<{ size: number; registers: string[] }> {
  const result = await build({
    stdin: { contents: code, resolveDir: src, loader: 'ts' },
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    write: false,
    logLevel: 'silent',
    tsconfig: fileURLToPath(new URL('../../tsconfig.json', import.meta.url)),
  });
  const output = result.outputFiles[0]?.text ?? '';
  return {
    size: gzipSync(output, { level: 9 }).length,
    // A registration is a define call: the tag name, then the class.
    registers: ELEMENTS.filter((name) => output.includes(`"${name}",`)),
  };
}

describe('tree shaking', () => {
  it('ships only the stat card (and the marker it creates) for a named import from the package root', async () => {
    const named = await bundle(`import { AlimaStatCard } from './index.js'; console.log(AlimaStatCard);`);
    const entry = await bundle(`import './stat-card.js';`);
    const all = await bundle(`import './all.js';`);
    expect(named.registers).toEqual(['alima-stat-card', 'alima-footnote-ref']);
    expect(entry.registers).toEqual(['alima-stat-card', 'alima-footnote-ref']);
    expect(ELEMENTS).toHaveLength(7);
    expect(all.registers).toEqual(ELEMENTS);
    // The named import costs what the stat card's own entry point costs, far less than everything.
    expect(named.size).toBeLessThan(entry.size * 1.05);
    expect(named.size).toBeLessThan(all.size * 0.85);
  });
});
