import { defineConfig, type Plugin } from 'vite';

/**
 * Collapses whitespace and comments in Lit `css` literals, which minifiers
 * leave alone because template text is data to them. Quoted CSS strings are
 * kept as written.
 */
function minifyCssLiterals(): Plugin {
  const minify = (css: string) =>
    css
      .split(/('[^']*'|"[^"]*")/)
      .map((part, index) =>
        index % 2
          ? part
          : part
              .replace(/\/\*[\s\S]*?\*\//g, '')
              .replace(/\s+/g, ' ')
              .replace(/\s*([{};,])\s*/g, '$1'),
      )
      .join('')
      .trim();
  return {
    name: 'alima-minify-css-literals',
    transform(code, id) {
      if (id.includes('/node_modules/') || !code.includes('css`')) return null;
      return {
        code: code.replace(/\bcss`([^`]*)`/g, (_, body: string) => `css\`${minify(body)}\``),
        map: null,
      };
    },
  };
}

/**
 * The single-file bundle for CMS pages: every element and Lit, minified, in
 * `dist/cdn/alima-components.js`, loaded with one `<script type="module">`.
 */
export default defineConfig({
  plugins: [minifyCssLiterals()],
  build: {
    outDir: 'dist/cdn',
    emptyOutDir: true,
    target: 'es2022',
    minify: true,
    sourcemap: true,
    // Library mode keeps whitespace in ES output for downstream bundlers; a CDN file has none downstream.
    rolldownOptions: { output: { minify: true } },
    lib: {
      entry: 'src/all.ts',
      formats: ['es'],
      fileName: () => 'alima-components.js',
    },
  },
});
