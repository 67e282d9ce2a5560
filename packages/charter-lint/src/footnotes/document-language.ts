import type { Root } from 'mdast';
import type { VFile } from 'vfile';

/** The languages these rules write their messages in. */
export type MessageLanguage = 'en' | 'fr';

const FRONT_MATTER_LANG = /^lang\s*:\s*["']?([A-Za-z]{2})/m;

const asLanguage = (tag: unknown): MessageLanguage | undefined =>
  typeof tag === 'string'
    ? /^fr\b|^fr[-_]/i.test(tag)
      ? 'fr'
      : /^en\b|^en[-_]/i.test(tag)
        ? 'en'
        : undefined
    : undefined;

/**
 * The language to talk to the writer in: front matter `lang:` first, then
 * the language the engine set on `file.data.lang`, then the configured
 * default (the `lang` option every rule receives from the engine), else
 * English.
 */
export function documentLanguage(tree: Root, file: VFile, options?: unknown): MessageLanguage {
  const first = tree.children[0];
  const declared = first?.type === 'yaml' ? FRONT_MATTER_LANG.exec(first.value)?.[1] : undefined;
  const configured =
    typeof options === 'object' && options !== null ? (options as { lang?: unknown }).lang : undefined;
  return (
    asLanguage(declared) ??
    asLanguage((file.data as { lang?: unknown }).lang) ??
    asLanguage(configured) ??
    'en'
  );
}
