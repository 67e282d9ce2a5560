import { readFileSync, existsSync } from 'node:fs';

/**
 * The default of each documented CSS custom property, read from the element's
 * stylesheet (`x.styles.ts` next to `x.ts`) so it is written once: either the
 * value the host declares (`--alima-x: var(--token, #fff);`) or the fallback
 * of its first use (`var(--alima-x, 0.75em)`). A documented property the
 * stylesheet never uses is an error, so the docs cannot drift from the styles.
 */
export function cssPropertyDefaults() {
  return {
    name: 'alima-css-property-defaults',
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules) {
        const stylesPath = module.path.replace(/\.ts$/, '.styles.ts');
        for (const declaration of module.declarations ?? []) {
          if (!declaration.customElement || !declaration.cssProperties?.length) continue;
          if (!existsSync(stylesPath))
            throw new Error(`${module.path}: documents CSS properties but has no ${stylesPath}`);
          const css = readFileSync(stylesPath, 'utf8');
          for (const property of declaration.cssProperties) {
            property.default ??= defaultIn(css, property.name, stylesPath);
          }
        }
      }
    },
  };
}

function defaultIn(css, name, file) {
  const escaped = name.replace(/[-]/g, '\\-');
  const declared = new RegExp(`${escaped}\\s*:\\s*([^;]+);`).exec(css);
  if (declared) return declared[1].trim();
  const start = css.search(new RegExp(`var\\(\\s*${escaped}\\s*,`));
  if (start === -1) throw new Error(`${file}: documented CSS property ${name} is never used`);
  // The fallback runs to the `)` that closes this var(, past any nested var( … ).
  let depth = 0;
  const from = css.indexOf(',', start) + 1;
  for (let index = from; index < css.length; index++) {
    if (css[index] === '(') depth++;
    else if (css[index] === ')' && depth-- === 0) return css.slice(from, index).trim();
  }
  throw new Error(`${file}: unbalanced var(${name}, …)`);
}
