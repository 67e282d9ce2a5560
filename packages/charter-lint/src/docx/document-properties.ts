import { frontMatterText } from '../parse/front-matter-data.js';
import { elements, textOf, type XmlElement } from './xml-tree.js';

/** What a Word draft says about itself that a Markdown draft says in its front matter. */
export interface DocumentProperties {
  /** `scope` (`mali`): the registry entries and other drafts it is compared with. */
  scope?: string;
  /** `translationKey`: drafts sharing one are translations of each other. */
  translationKey?: string;
}

/** The custom properties read, by name folded to lower case (Word's dialog keeps what the writer typed). */
const KEYS: Record<string, keyof DocumentProperties> = { scope: 'scope', translationkey: 'translationKey' };

/**
 * A Word draft's `scope` and `translationKey`, from its custom properties
 * (`docProps/custom.xml`): Word's File › Properties › Advanced Properties ›
 * Custom, LibreOffice's File › Properties › Custom Properties, and pandoc's
 * metadata (`scope: mali` in the front matter of the Markdown it converts).
 * Names are compared without case; a value is its text, trimmed (a number
 * property gives its digits); an empty one is left out. The language is not
 * read from the document's properties: LibreOffice writes its own default
 * language there whatever the text's, so the words decide, as for Markdown.
 */
export function readDocumentProperties(custom: XmlElement | undefined): DocumentProperties {
  const found: DocumentProperties = {};
  for (const property of custom?.name === 'Properties' ? elements(custom) : []) {
    const key = KEYS[(property.attributes.name ?? '').trim().toLowerCase()];
    const [value] = elements(property);
    const text = value === undefined ? undefined : frontMatterText(textOf(value));
    if (key !== undefined && text !== undefined && found[key] === undefined) found[key] = text;
  }
  return found;
}
