// Bundles client/hydrate.js into dist/client/alima-render-client.js, the one
// file `alima-render --hydrate` copies next to the pages (Lit's production build).
import { build } from 'esbuild';

await build({
  entryPoints: [new URL('../client/hydrate.js', import.meta.url).pathname],
  outfile: new URL('../dist/client/alima-render-client.js', import.meta.url).pathname,
  bundle: true,
  format: 'esm',
  minify: true,
  target: 'es2022',
  conditions: ['production'],
  logLevel: 'warning',
});
