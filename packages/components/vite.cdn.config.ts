import { defineConfig, type Plugin } from 'vite';
// @ts-expect-error -- a plain ES module script, without type declarations
import { minifyCssLiterals } from './scripts/minify-css-literals.js';

/** Compacts Lit `css` literals (scripts/minify-css-literals.js) in the package's own sources. */
function minifyCss(): Plugin {
  return {
    name: 'alima-minify-css-literals',
    transform(code, id) {
      if (id.includes('/node_modules/')) return null;
      return { code: minifyCssLiterals(code), map: null };
    },
  };
}

/**
 * The CDN file holds every element: the module that loads the footnote list's
 * notes and markers with `import()` (src/internal/footnote-elements.ts) has
 * nothing to load there, and its `import()`s would split the file in chunks.
 */
function withoutFootnoteElementsLoader(): Plugin {
  const empty = '\0alima-footnote-elements';
  return {
    name: 'alima-without-footnote-elements-loader',
    enforce: 'pre',
    resolveId: (source) => (source.endsWith('/internal/footnote-elements.js') ? empty : null),
    load: (id) => (id === empty ? 'export {};' : null),
  };
}

/**
 * TypeScript `private` members that nothing reads by name: no `static
 * properties` entry (Lit derives attributes from those), no test, template or
 * other package. The CDN file is the only build nobody imports from, so only
 * it shortens them. A name added here must stay unique to such members.
 */
const PRIVATE_MEMBERS = new RegExp(
  `^(${[
    'localize',
    'builtIn',
    'hydrating',
    'locale',
    'showNumber',
    'serverRendered',
    'generatedRef',
    'syncFootnoteRef',
    'formattedValue',
    'formatOptions',
    'backlinks',
    'renderSource',
    'renderBacklink',
    'checkAlt',
    'link',
    'adoptLink',
    'requestedHref',
    'checkHref',
    'checkAmount',
    'validAmount',
    'formattedAmount',
    'syncLink',
    'handleClick',
  ].join('|')})$`,
);

/**
 * The single-file bundle for CMS pages: every element and Lit, minified, in
 * `dist/cdn/alima-components.js`, loaded with one `<script type="module">`.
 */
export default defineConfig({
  plugins: [minifyCss(), withoutFootnoteElementsLoader()],
  build: {
    outDir: 'dist/cdn',
    emptyOutDir: true,
    target: 'es2022',
    minify: true,
    sourcemap: true,
    // Library mode keeps whitespace and `@__PURE__` annotations in ES output for
    // downstream bundlers; a CDN file has none downstream.
    rolldownOptions: {
      output: {
        minify: { compress: true, mangle: true, codegen: true, mangleProps: { include: PRIVATE_MEMBERS } },
        comments: { annotation: false },
      },
    },
    lib: {
      entry: 'src/all.ts',
      formats: ['es'],
      fileName: () => 'alima-components.js',
    },
  },
});
