import { imageModel } from '@alima/charter-lint';
import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { Plugin } from 'unified';
import type { VFile } from 'vfile';
import { transformDonate } from './donate/remark-donate.js';
import { transformKeyFigures } from './figures/remark-key-figures.js';
import { pageNotes } from './footnotes/note-list.js';
import { transformFootnotes } from './footnotes/remark-footnotes.js';
import { frontMatter } from './front-matter.js';
import type { AlimaMarkdownOptions } from './options.js';
import { transformPhotoCredits } from './photos/remark-photo-credits.js';

/** What the plugin leaves on the file for the page around the body: `file.data.alima`. */
export interface AlimaFileData {
  lang: string;
  title: string | undefined;
  slug: string | undefined;
}

declare module 'vfile' {
  interface DataMap {
    alima: AlimaFileData;
  }
}

/**
 * The remark plugin that maps a draft's structure to ALIMA's components
 * (footnotes, photo credits, key figures, the donate call), as mdast nodes
 * that remark-rehype turns into the elements; the rest stays ordinary HTML.
 * It reads the draft with charter-lint's models, so put it after a parser
 * that has charter-lint's syntax (`createParser()` from
 * `@alima/charter-lint`, or remark-parse + remark-gfm + remark-frontmatter).
 * Needs the file's text (`file.value`): the models read the source.
 */
export const remarkAlima: Plugin<[AlimaMarkdownOptions?], Root> = function (options = {}) {
  return (tree: Root, file: VFile) => {
    const front = frontMatter(tree, file);
    const lang = options.lang ?? front.lang ?? 'en';
    const firstHeading = tree.children.find((node) => node.type === 'heading' && node.depth === 1);
    file.data.alima = {
      lang,
      title: front.title ?? (firstHeading === undefined ? undefined : toString(firstHeading)),
      slug: front.slug,
    };
    // charter-lint's models read the tree as parsed, so both are built before any node moves.
    const notes = pageNotes(tree, file);
    const images = imageModel(tree, file);
    transformPhotoCredits(tree, images);
    transformFootnotes(tree, notes);
    transformKeyFigures(tree, {
      lang,
      file,
      ...(options.figures ? { figures: options.figures } : {}),
      ...(options.keyFiguresHeading ? { heading: options.keyFiguresHeading } : {}),
      ...(options.ownSources ? { ownSources: options.ownSources } : {}),
    });
    transformDonate(tree, lang, options.donateLink);
    tree.children = tree.children.filter((node) => node.type !== 'yaml');
  };
};
