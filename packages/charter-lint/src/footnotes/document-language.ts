import type { Root } from 'mdast';
import type { VFile } from 'vfile';

/** The languages these rules write their messages in. */
export type MessageLanguage = 'en' | 'fr';

const FRONT_MATTER_LANG = /^lang\s*:\s*["']?([A-Za-z]{2})/m;

/**
 * The language to talk to the writer in: what the engine put on
 * `file.data.lang`, else front matter `lang:`, else English. Read here too so
 * the rules speak French in any unified pipeline, not only the engine's.
 */
export function documentLanguage(tree: Root, file: VFile): MessageLanguage {
  const configured = (file.data as { lang?: unknown }).lang;
  const first = tree.children[0];
  const declared =
    typeof configured === 'string'
      ? configured
      : first?.type === 'yaml'
        ? FRONT_MATTER_LANG.exec(first.value)?.[1]
        : undefined;
  return declared?.toLowerCase().startsWith('fr') === true ? 'fr' : 'en';
}
