/**
 * Keeps the class JSDoc tags the analyzer drops: `@status` (experimental,
 * stable…) and `@since` (the first version with the element), as fields of
 * the element's declaration, for the docs pages and editors.
 */
export function jsdocTags(tags = ['status', 'since']) {
  return {
    name: 'alima-jsdoc-tags',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isClassDeclaration(node) || !node.name) return;
      const declaration = moduleDoc.declarations?.find((entry) => entry.name === node.name.text);
      if (!declaration) return;
      for (const tag of ts.getJSDocTags(node)) {
        const name = tag.tagName.text;
        if (!tags.includes(name)) continue;
        const text = ts.getTextOfJSDocComment(tag.comment)?.trim();
        if (!text) throw new Error(`${moduleDoc.path}: @${name} of ${node.name.text} has no value`);
        declaration[name] = text;
      }
    },
  };
}
