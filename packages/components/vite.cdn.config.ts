import { defineConfig } from 'vite';

/**
 * The single-file bundle for CMS pages: every element and Lit, minified, in
 * `dist/cdn/alima-components.js`, loaded with one `<script type="module">`.
 */
export default defineConfig({
  build: {
    outDir: 'dist/cdn',
    emptyOutDir: true,
    target: 'es2022',
    minify: true,
    sourcemap: true,
    // Library mode keeps whitespace in ES output for downstream bundlers; a CDN file has none downstream.
    rolldownOptions: { output: { minify: true } },
    lib: {
      entry: 'src/index.ts',
      formats: ['es'],
      fileName: () => 'alima-components.js',
    },
  },
});
