import type { ArgTypes, InputType } from 'storybook/internal/types';
import { attributesOf, elementDoc, type ApiItem } from '../src/components/element-manifest.js';

/** `'a' | 'b'` → ['a', 'b']; anything else → undefined. */
function options(type = ''): (string | number)[] | undefined {
  const parts = type.split('|').map((part) => part.trim());
  if (parts.every((part) => /^'[^']*'$/.test(part))) return parts.map((part) => part.slice(1, -1));
  if (parts.every((part) => /^\d+$/.test(part))) return parts.map(Number);
  return undefined;
}

function attributeArgType(attribute: ApiItem): InputType {
  const type = attribute.type?.text ?? 'string';
  const values = options(type);
  return {
    name: attribute.name,
    description: attribute.description,
    control: values
      ? { type: values.length > 3 ? 'select' : 'inline-radio' }
      : type === 'boolean'
        ? { type: 'boolean' }
        : { type: 'text' },
    ...(values ? { options: values } : {}),
    table: {
      category: 'attributes',
      type: { summary: type },
      defaultValue: attribute.default ? { summary: attribute.default } : undefined,
    },
  };
}

/**
 * Storybook's own reading of the manifest keys every row by its bare name, so
 * a part or slot called `label` replaced the `label` attribute, and gave
 * parts and CSS properties "Set object" controls. Here each kind has its own
 * key (`slot:label`, `part:label`), and only attributes, keyed by the property
 * the stories' args set, have controls and rows: slots, parts, CSS properties
 * and events have their own sections on each component page.
 */
export function extractArgTypes(tag: string): ArgTypes {
  const element = elementDoc(tag);
  const argTypes: ArgTypes = {};
  for (const attribute of attributesOf(element)) {
    argTypes[attribute.fieldName ?? attribute.name] = attributeArgType(attribute);
  }
  const documentedOnly = (prefix: string, category: string, items: ApiItem[] = []) => {
    for (const item of items) {
      argTypes[`${prefix}:${item.name}`] = {
        name: item.name || '(default)',
        description: item.description,
        control: false,
        table: { category, disable: true },
      };
    }
  };
  documentedOnly('slot', 'slots', element.slots);
  documentedOnly('part', 'css shadow parts', element.cssParts);
  documentedOnly('css', 'css custom properties', element.cssProperties);
  documentedOnly('event', 'events', element.events);
  return argTypes;
}

/** The component description Storybook shows on docs pages: the JSDoc body. */
export function extractComponentDescription(tag: string): string {
  return elementDoc(tag).description;
}
