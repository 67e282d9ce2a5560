// Collapses whitespace and comments in Lit `css` literals, which minifiers
// leave alone because template text is data to them. Quoted CSS strings are
// kept as written; spaces before a colon stay (`a :hover` is not `a:hover`).
// Used by the CDN build (a Vite plugin) and run on dist/ after tsc, so apps
// that bundle the package ship the compact CSS too.
//
//   node scripts/minify-css-literals.js dist
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** The CSS text of one literal, compacted. */
function minifyCss(css) {
  // Comments go first: an apostrophe in a comment ("the photo's") would otherwise pair with a quote in the code.
  return css
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .split(/('[^']*'|"[^"]*")/)
    .map((part, index) =>
      index % 2
        ? part
        : part
            .replace(/\s+/g, ' ')
            .replace(/\s*([{};,>])\s*/g, '$1')
            .replace(/:\s+/g, ':')
            // Inside parentheses only: `and (` must keep its space, or it reads as a function.
            .replace(/\(\s+/g, '(')
            .replace(/\s+\)/g, ')')
            .replace(/\s*!important/g, '!important')
            // `0.25rem` is `.25rem`; a letter, digit or dot before the zero makes it part of another token.
            .replace(/(^|[^\w.])0\.(\d)/g, '$1.$2')
            .replace(/;}/g, '}'),
    )
    .join('')
    .trim();
}

/** A css`…` literal without interpolations; tsc writes it `css \`…\``. */
const CSS_LITERAL = /\bcss\s*`([^`$]*)`/g;

/** `code` with every css literal compacted. */
export function minifyCssLiterals(code) {
  return code.replace(CSS_LITERAL, (_, body) => `css\`${minifyCss(body)}\``);
}

/** Rewrites the built modules under `dir` that hold css literals. */
function minifyDirectory(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) minifyDirectory(path);
    else if (entry.name.endsWith('.js')) {
      const code = readFileSync(path, 'utf8');
      const minified = minifyCssLiterals(code);
      if (minified !== code) writeFileSync(path, minified);
    }
  }
}

// Run as a script (not when the Vite config imports it).
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href)
  minifyDirectory(process.argv[2] ?? 'dist');
