/**
 * Writes variant types out as the values they allow. Elements declare
 * variants as `as const` arrays with a type alias (`type StatCardVariant =
 * (typeof statCardVariants)[number]`); the analyzer records the alias name,
 * which tells neither a docs reader nor an editor's completion what to type.
 * This plugin replaces such alias names with the union of the array's values.
 */
export function literalUnions() {
  /** alias name → the array it indexes, or the alias it renames (`type A = B`). */
  const aliases = new Map();
  return {
    name: 'alima-literal-unions',
    analyzePhase({ ts, node }) {
      if (!ts.isTypeAliasDeclaration(node)) return;
      const type = node.type;
      if (ts.isTypeReferenceNode(type) && ts.isIdentifier(type.typeName) && !type.typeArguments) {
        aliases.set(node.name.text, { alias: type.typeName.text });
        return;
      }
      if (!ts.isIndexedAccessTypeNode(type)) return;
      let object = type.objectType;
      if (ts.isParenthesizedTypeNode(object)) object = object.type;
      if (!ts.isTypeQueryNode(object) || !ts.isIdentifier(object.exprName)) return;
      aliases.set(node.name.text, { array: object.exprName.text });
    },
    packageLinkPhase({ customElementsManifest }) {
      const variables = customElementsManifest.modules.flatMap((module) =>
        (module.declarations ?? []).filter((entry) => entry.kind === 'variable'),
      );
      // An array may be another's alias (`footnotesHeadingLevels = headingLevels`): follow the name.
      const values = (arrayName, seen = new Set()) => {
        const variable = variables.find((entry) => entry.name === arrayName);
        const text = variable?.type?.text ?? variable?.default;
        if (!text || seen.has(arrayName)) return undefined;
        if (/^[A-Za-z_$][\w$]*$/.test(text)) return values(text, seen.add(arrayName));
        if (!/^\[.*\]$/.test(text)) return undefined;
        return text
          .slice(1, -1)
          .split(',')
          .map((value) => value.trim())
          .join(' | ');
      };
      for (const module of customElementsManifest.modules) {
        const expand = (entry) => {
          let target = entry.type && aliases.get(entry.type.text);
          while (target?.alias) target = aliases.get(target.alias);
          const union = target && values(target.array);
          if (union) entry.type = { text: union };
        };
        for (const declaration of module.declarations ?? []) {
          declaration.attributes?.forEach(expand);
          declaration.members?.forEach(expand);
        }
      }
    },
  };
}
