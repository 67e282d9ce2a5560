import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/*
 * The published package is dist/ (package.json "files"): every source map in
 * it must carry its sources, since src/ is not shipped, and nothing may point
 * into src/. Runs on the built package: turbo builds it before testing.
 */
const dist = fileURLToPath(new URL('../../dist/', import.meta.url));
const files = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? files(join(dir, entry.name)) : [join(dir, entry.name)],
  );

describe('source maps in dist/', () => {
  if (!existsSync(dist))
    throw new Error(`${dist} is missing: run \`npm run build -w @alima/components\` first.`);
  const maps = files(dist).filter((file) => file.endsWith('.map'));

  it('are there for the scripts, with no declaration maps into the unshipped src/', () => {
    expect(maps.some((file) => file.endsWith('stat-card.js.map'))).toBe(true);
    expect(maps.filter((file) => file.endsWith('.d.ts.map')).map((file) => relative(dist, file))).toEqual([]);
  });

  it('carry the content of every source they name', () => {
    const missing = maps.flatMap((file) => {
      const map = JSON.parse(readFileSync(file, 'utf8')) as {
        sources: string[];
        sourcesContent?: (string | null)[];
      };
      return map.sources
        .filter((_, index) => typeof map.sourcesContent?.[index] !== 'string')
        .map((source) => `${relative(dist, file)}: ${source}`);
    });
    expect(missing).toEqual([]);
  });
});
