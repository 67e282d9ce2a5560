import { readFileSync } from 'node:fs';
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

/** The parts of custom-elements.json (written by `cem analyze` before this build) read here. */
interface Manifest {
  modules: {
    declarations?: {
      members?: { name: string; privacy?: string }[];
      attributes?: { fieldName?: string }[];
    }[];
  }[];
}

/**
 * TypeScript `private` members, as the manifest lists them: the CDN file is
 * the only build nobody imports from, so only it shortens their names.
 * Oxc's `mangleProps` renames a name everywhere in the file, so a name that
 * is also public in some class (`number`: `LocalizeController.number()`) or
 * names an attribute's property (Lit derives the attribute from it) is kept.
 */
function privateMembers(): RegExp {
  const manifest = JSON.parse(
    readFileSync(new URL('custom-elements.json', import.meta.url), 'utf8'),
  ) as Manifest;
  const declarations = manifest.modules.flatMap((module) => module.declarations ?? []);
  const members = declarations.flatMap((declaration) => declaration.members ?? []);
  const kept = new Set([
    ...members.filter((member) => member.privacy !== 'private').map((member) => member.name),
    ...declarations.flatMap((declaration) => (declaration.attributes ?? []).map((a) => a.fieldName)),
  ]);
  const names = new Set(
    members.filter((m) => m.privacy === 'private' && !kept.has(m.name)).map((m) => m.name),
  );
  return new RegExp(`^(${[...names].join('|')})$`);
}

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
        minify: { compress: true, mangle: true, codegen: true, mangleProps: { include: privateMembers() } },
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
