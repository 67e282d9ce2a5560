import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);

/** The files a rendered page links, by the name it links them under, and where each is on disk. */
export const PAGE_ASSETS = {
  'tokens.css': () => require.resolve('@alima/tokens/tokens.css'),
  'fallback.css': () => require.resolve('@alima/components/fallback.css'),
  'alima-render-client.js': () =>
    // From src/ssr/ (tests) and dist/ssr/ alike: the bundle the build writes.
    fileURLToPath(new URL('../../dist/client/alima-render-client.js', import.meta.url)),
} as const;

export type AssetName = keyof typeof PAGE_ASSETS;
