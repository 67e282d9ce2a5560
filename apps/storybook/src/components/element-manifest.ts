import manifest from '../../../../packages/components/custom-elements.json';
import { publicApi } from '../../.storybook/public-api.js';

/** One documented name of an element's API, as the manifest records it. */
export interface ApiItem {
  name: string;
  description?: string;
  summary?: string;
  default?: string;
  type?: { text: string };
  attribute?: string;
  fieldName?: string;
  kind?: string;
  readonly?: boolean;
  static?: boolean;
}

/** An element's declaration in @alima/components' custom-elements.json. */
export interface ElementDoc {
  tagName: string;
  name: string;
  description: string;
  summary?: string;
  status?: string;
  since?: string;
  attributes?: ApiItem[];
  members?: ApiItem[];
  slots?: ApiItem[];
  cssParts?: ApiItem[];
  cssProperties?: ApiItem[];
  events?: ApiItem[];
}

/** The public part of the manifest: what Storybook and the docs pages show. */
export const elementsManifest = publicApi(manifest as { modules: { declarations?: object[] }[] });

/** The declaration of `tag`; throws for an element the manifest does not document. */
export function elementDoc(tag: string): ElementDoc {
  const found = elementsManifest.modules
    .flatMap((module) => (module.declarations ?? []) as Partial<ElementDoc>[])
    .find((declaration) => declaration.tagName === tag);
  if (!found) throw new Error(`<${tag}> is not in @alima/components' custom-elements.json`);
  return found as ElementDoc;
}

/** An element's attributes, each with the property it sets, in the order they are declared. */
export function attributesOf(element: ElementDoc): ApiItem[] {
  return element.attributes ?? [];
}
