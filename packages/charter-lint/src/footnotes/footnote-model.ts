import { nodesOfType } from '../parse/nodes.js';
import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { VFile } from 'vfile';
import { numberedMarker, type FootnoteDefinition, type FootnoteModel } from './footnote.js';
import { collectNumberedNotes } from './numbered-notes.js';
import { collectReferences, gfmKey } from './references.js';
import type { Position } from 'unist';
import { collectElementNotes } from './element-notes.js';
import { noteNumber } from '../parse/note-number.js';
import { maskOf, offsetsOf, sourceText, startOffset } from './source-text.js';

const cache = new WeakMap<Root, FootnoteModel>();

function gfmDefinitions(tree: Root, file: VFile): FootnoteDefinition[] {
  const source = sourceText(file);
  const definitions: FootnoteDefinition[] = [];
  for (const node of nodesOfType(tree, 'footnoteDefinition')) {
    const [start, end] = offsetsOf(node);
    const number = noteNumber(node);
    if (number !== undefined) {
      // An item of an HTML page's list of sources: note `number`, as `<sup>number</sup>` calls it.
      const [markerEnd] = node.children[0] === undefined ? [end] : offsetsOf(node.children[0]);
      definitions.push({
        key: String(number),
        marker: numberedMarker('sup', number),
        style: 'sup',
        number,
        position: source.position(start, Math.max(start, markerEnd)),
        text: toString(node).trim(),
        extent: source.position(start, end),
      });
      continue;
    }
    const marker = `[^${node.label ?? node.identifier}]`;
    definitions.push({
      key: gfmKey(node.identifier),
      marker,
      style: 'gfm',
      position: source.position(start, start + marker.length),
      text: toString(node),
      extent: source.position(start, end),
    });
  }
  return definitions;
}

/**
 * Every footnote reference and definition of a document, of all styles.
 * Built once per tree and shared by the footnote rules.
 */
export function footnoteModel(tree: Root, file: VFile): FootnoteModel {
  let model = cache.get(tree);
  if (model === undefined) {
    const source = sourceText(file);
    const numbered = collectNumberedNotes(tree, source);
    const markerStarts = new Set(numbered.definitions.map((note) => startOffset(note.position)));
    const elements = collectElementNotes(source, maskOf(tree, source.value));
    const byOffset = (a: { position: Position }, b: { position: Position }) =>
      startOffset(a.position) - startOffset(b.position);
    model = {
      references: [...collectReferences(tree, source, markerStarts), ...elements.references].sort(byOffset),
      definitions: [...gfmDefinitions(tree, file), ...numbered.definitions, ...elements.definitions].sort(
        byOffset,
      ),
      markerless: numbered.markerless,
    };
    cache.set(tree, model);
  }
  return model;
}
