import { writeFileSync } from 'node:fs';

/**
 * Writes editor data from the finished manifest, so HTML editors complete and
 * describe the elements: VS Code's HTML custom data (`html.customData`) and
 * JetBrains' web-types (found through `web-types` in package.json). Both are
 * generated, never edited: the JSDoc is their one source.
 */
export function editorData({ packageName, version, vscodeFile, webTypesFile }) {
  return {
    name: 'alima-editor-data',
    packageLinkPhase({ customElementsManifest }) {
      const elements = customElementsManifest.modules.flatMap((module) =>
        (module.declarations ?? []).filter((declaration) => declaration.customElement && declaration.tagName),
      );
      writeJson(vscodeFile, vscodeCustomData(elements));
      writeJson(webTypesFile, webTypes(elements, packageName, version));
    },
  };
}

function writeJson(file, data) {
  writeFileSync(file, `${JSON.stringify(data, null, 2)}\n`);
}

/** `'a' | 'b'` → ['a', 'b'], `2 | 3` → ['2', '3']; anything that is not a union of literals → []. */
export function literalValues(typeText = '') {
  const parts = typeText.split('|').map((part) => part.trim());
  return parts.every((part) => /^('[^']*'|\d+)$/.test(part))
    ? parts.map((part) => part.replace(/^'|'$/g, ''))
    : [];
}

/** The element's description, then its API in short, as editors show it on hover. */
function elementDoc(element) {
  const lines = [element.description || element.summary || ''];
  const list = (title, items, name = (item) => item.name || '(default)') =>
    items?.length &&
    lines.push('', `**${title}:**`, ...items.map((item) => `- \`${name(item)}\`: ${item.description ?? ''}`));
  list('Slots', element.slots);
  list('Events', element.events);
  list('CSS parts', element.cssParts);
  list('CSS properties', element.cssProperties);
  return lines.join('\n').trim();
}

function vscodeCustomData(elements) {
  return {
    $schema:
      'https://raw.githubusercontent.com/microsoft/vscode-html-languageservice/main/docs/customData.schema.json',
    version: 1.1,
    tags: elements.map((element) => ({
      name: element.tagName,
      description: elementDoc(element),
      attributes: (element.attributes ?? []).map((attribute) => {
        const values = literalValues(attribute.type?.text);
        return {
          name: attribute.name,
          description: attribute.description ?? '',
          ...(values.length ? { values: values.map((name) => ({ name })) } : {}),
          ...(attribute.type?.text === 'boolean' ? { valueSet: 'v' } : {}),
        };
      }),
    })),
  };
}

function webTypes(elements, packageName, version) {
  return {
    $schema: 'https://raw.githubusercontent.com/JetBrains/web-types/master/schema/web-types.json',
    name: packageName,
    version,
    'description-markup': 'markdown',
    contributions: {
      html: {
        elements: elements.map((element) => ({
          name: element.tagName,
          description: element.description || element.summary || '',
          attributes: (element.attributes ?? []).map((attribute) => {
            const values = literalValues(attribute.type?.text);
            return {
              name: attribute.name,
              description: attribute.description ?? '',
              ...(attribute.default ? { default: attribute.default } : {}),
              value: values.length
                ? { type: 'enum', required: true }
                : { type: attribute.type?.text === 'boolean' ? 'boolean' : 'string', required: false },
              ...(values.length ? { values: values.map((name) => ({ name })) } : {}),
            };
          }),
          slots: (element.slots ?? []).map((slot) => ({
            name: slot.name,
            description: slot.description ?? '',
          })),
          events: (element.events ?? []).map((event) => ({
            name: event.name,
            description: event.description ?? '',
          })),
          css: {
            properties: (element.cssProperties ?? []).map((property) => ({
              name: property.name,
              description: property.description ?? '',
            })),
            parts: (element.cssParts ?? []).map((part) => ({
              name: part.name,
              description: part.description ?? '',
            })),
          },
        })),
      },
    },
  };
}
