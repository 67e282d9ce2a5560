import { readFileSync } from 'node:fs';
import { cssPropertyDefaults } from './scripts/cem/css-property-defaults.mjs';
import { editorData } from './scripts/cem/editor-data.mjs';
import { jsdocTags } from './scripts/cem/jsdoc-tags.mjs';
import { literalUnions } from './scripts/cem/literal-unions.mjs';

const { name, version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));

/**
 * Configuration for `cem analyze`: the manifest documents the public API of
 * every element, for Storybook's docs tables, editors and framework typings.
 */

/**
 * Elements register through `defineElement('alima-x', Class)` (a guarded
 * `customElements.define`), which the analyzer does not know: this plugin
 * records each call as a definition and gives the class its tag name.
 */
function defineElementCalls() {
  const definitions = [];
  return {
    name: 'alima-define-element-calls',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isCallExpression(node) || !ts.isIdentifier(node.expression)) return;
      if (node.expression.text !== 'defineElement') return;
      const [tag, constructor] = node.arguments;
      if (!tag || !constructor || !ts.isStringLiteral(tag) || !ts.isIdentifier(constructor)) return;
      definitions.push({ tagName: tag.text, className: constructor.text, entry: moduleDoc });
    },
    packageLinkPhase({ customElementsManifest }) {
      // defineElement's own `customElements.define(name, …)` is not an element definition.
      for (const module of customElementsManifest.modules) {
        module.exports = module.exports?.filter(
          (entry) => entry.kind !== 'custom-element-definition' || entry.name.includes('-'),
        );
      }
      for (const { tagName, className, entry } of definitions) {
        const home = customElementsManifest.modules.find((module) =>
          module.declarations?.some(
            (declaration) => declaration.name === className && declaration.customElement,
          ),
        );
        if (!home)
          throw new Error(
            `defineElement('${tagName}', ${className}) in ${entry.path}: no element class ${className} found`,
          );
        home.declarations.find((declaration) => declaration.name === className).tagName = tagName;
        entry.exports = [
          ...(entry.exports ?? []),
          {
            kind: 'custom-element-definition',
            name: tagName,
            declaration: { name: className, module: home.path },
          },
        ];
      }
    },
  };
}

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.stories.ts', 'src/internal/test/**'],
  litelement: true,
  outdir: '.',
  plugins: [
    defineElementCalls(),
    jsdocTags(),
    literalUnions(),
    cssPropertyDefaults(),
    // Last: the editor files read the finished manifest.
    editorData({
      packageName: name,
      version,
      vscodeFile: 'vscode.html-custom-data.json',
      webTypesFile: 'web-types.json',
    }),
  ],
};
