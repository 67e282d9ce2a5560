import { attribute, elements, type XmlElement } from './xml-tree.js';

/** A part's relationships (`word/_rels/document.xml.rels`): id → target. */
export interface Relationship {
  type: string;
  /** A part's name in the zip (`word/media/image1.png`), or an external URL as written. */
  target: string;
}

/** The folder of a part (`word/document.xml` → `word/`), which its relative targets start from. */
const folderOf = (part: string) => part.slice(0, part.lastIndexOf('/') + 1);

/** Resolves `../media/x.png` against a folder, as zip part names (no leading slash). */
function resolvePart(folder: string, target: string): string {
  const parts = target.startsWith('/') ? [] : folder.split('/').filter(Boolean);
  for (const segment of target.split('/')) {
    if (segment === '..') parts.pop();
    else if (segment !== '.' && segment !== '') parts.push(segment);
  }
  return parts.join('/');
}

/** The `.rels` part that belongs to a part: `word/document.xml` → `word/_rels/document.xml.rels`. */
export const relationshipsPart = (part: string): string =>
  `${folderOf(part)}_rels/${part.slice(part.lastIndexOf('/') + 1)}.rels`;

/** The relationships of `part`, read from its `.rels` tree (absent: none). */
export function readRelationships(rels: XmlElement | undefined, part: string): Map<string, Relationship> {
  const found = new Map<string, Relationship>();
  for (const relationship of rels === undefined ? [] : elements(rels)) {
    const id = attribute(relationship, 'Id');
    const target = attribute(relationship, 'Target');
    if (id === undefined || target === undefined) continue;
    const external = attribute(relationship, 'TargetMode') === 'External';
    found.set(id, {
      type: (attribute(relationship, 'Type') ?? '').split('/').at(-1) ?? '',
      target: external ? target : resolvePart(folderOf(part), target),
    });
  }
  return found;
}

/** The target of the first relationship of a type (`footnotes`, `styles`, `officeDocument`). */
export function targetOfType(relationships: Map<string, Relationship>, type: string): string | undefined {
  for (const relationship of relationships.values())
    if (relationship.type === type) return relationship.target;
  return undefined;
}
