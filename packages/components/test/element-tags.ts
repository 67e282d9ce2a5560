import { readFileSync } from 'node:fs';

const src = new URL('../src/', import.meta.url);

/**
 * The package's element tags, read where they are defined: each entry point
 * that `src/all.ts` imports registers one element with
 * `defineElement('alima-…', …)`. In all.ts's order. Tests hold the build and
 * the manifest to this list rather than to a copy of it.
 */
export const elementTags: string[] = [
  ...readFileSync(new URL('all.ts', src), 'utf8').matchAll(/^import '\.\/([a-z-]+)\.js';$/gm),
].map(([, entry]) => {
  const tag = /defineElement\(\s*'([a-z-]+)'/.exec(readFileSync(new URL(`${entry}.ts`, src), 'utf8'))?.[1];
  if (!tag) throw new Error(`src/${entry}.ts registers no element with defineElement('alima-…', …)`);
  return tag;
});
