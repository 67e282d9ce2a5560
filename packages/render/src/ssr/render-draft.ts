// @lit-labs/ssr (through ssr.js) installs its DOM shim before the elements load.
import { renderPage } from '@alima/components/ssr.js';
import '@alima/components/all.js';
import { createParser } from '@alima/charter-lint';
import type { Root as HastRoot } from 'hast';
import rehypeStringify from 'rehype-stringify';
import remarkRehype from 'remark-rehype';
import { VFile } from 'vfile';
import type { AlimaMarkdownOptions } from '../options.js';
import { remarkAlima } from '../remark-alima.js';
import { pageDocument } from './page-document.js';
import { pageTemplate } from './page-template.js';

/** How to render a draft. */
export interface RenderDraftOptions extends AlimaMarkdownOptions {
  /** The draft's path, for messages. */
  path?: string;
  /** URL prefix of `tokens.css` and the client script; default `assets/`. */
  assets?: string;
  /** Adds the client script that hydrates the elements; default `false`. */
  hydrate?: boolean;
}

/** A rendered draft: the whole HTML page and what was read from the draft. */
export interface RenderedDraft {
  html: string;
  lang: string;
  title: string;
  /** The front matter's `slug`, when it has one. */
  slug: string | undefined;
}

/**
 * The body of a draft as HTML with the components' tags, not yet server
 * rendered: charter-lint's parser, `remarkAlima`, remark-rehype,
 * rehype-stringify. Raw HTML in the draft is left out (remark-rehype's default).
 */
export async function draftToHtml(
  markdown: string,
  options: AlimaMarkdownOptions & { path?: string } = {},
): Promise<{ body: string; file: VFile }> {
  const { path, ...plugin } = options;
  const file = new VFile({ value: markdown, ...(path === undefined ? {} : { path }) });
  const processor = createParser().use(remarkAlima, plugin).use(remarkRehype).use(rehypeStringify);
  const body = String(await processor.process(file));
  return { body, file };
}

/**
 * Renders a draft to a whole page with `@lit-labs/ssr`: the elements'
 * shadow DOM as declarative shadow DOM, footnotes numbered on the server,
 * the page's `lang` from the front matter, the tokens linked, and the client
 * script with `hydrate`.
 */
export async function renderDraft(
  markdown: string,
  options: RenderDraftOptions = {},
): Promise<RenderedDraft> {
  const { assets = 'assets/', hydrate = false, path, ...plugin } = options;
  const file = new VFile({ value: markdown, ...(path === undefined ? {} : { path }) });
  const processor = createParser().use(remarkAlima, plugin).use(remarkRehype);
  const tree = (await processor.run(processor.parse(file), file)) as HastRoot;
  const data = file.data.alima;
  const lang = data?.lang ?? 'en';
  const title = data?.title ?? file.stem ?? 'Untitled';
  const rendered = renderPage(pageTemplate(tree), { lang });
  return {
    html: pageDocument({ lang, title, body: rendered, assets, hydrate }),
    lang,
    title,
    slug: data?.slug,
  };
}
