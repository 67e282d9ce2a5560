import { frontMatterOfYaml, frontMatterText } from '../parse/front-matter-data.js';
import { frontMatterBlock } from '../text/front-matter-block.js';
import type { FileFacts } from './facts.js';
import { pathTranslationGroup } from './translations.js';

/** The front matter keys the project rules read (`scope`, `translationKey`). */
const PROJECT_KEYS = /^(?:scope|translationKey)\s*:/m;

/**
 * The `scope` and `translationKey` a front matter block (its YAML) gives.
 * Most drafts name neither: their YAML is not parsed at all.
 */
export function projectKeys(yaml: string | undefined): Pick<FileFacts, 'scope' | 'translationKey'> {
  if (yaml === undefined || !PROJECT_KEYS.test(yaml)) return {};
  const data = frontMatterOfYaml(yaml);
  const scope = frontMatterText(data.scope);
  const translationKey = frontMatterText(data.translationKey);
  return {
    ...(scope === undefined ? {} : { scope }),
    ...(translationKey === undefined ? {} : { translationKey }),
  };
}

/**
 * Whether any project rule could use a draft's facts: it has a figure
 * registry (`figure-registry`), its front matter names a `scope`
 * (`figure-consistency`) or a `translationKey`, or its path names a language
 * (`translation-parity`). The command gathers facts only for such drafts:
 * on a repository that uses none of these, as most do when they adopt the
 * linter, gathering them for every page cost about 3 % of the run and their
 * memory on the main thread. It errs towards yes: a `scope:` line the YAML
 * does not end up reading still counts.
 */
export function takesPartInProject(path: string, text: string, registry: string | undefined): boolean {
  return (
    registry !== undefined ||
    PROJECT_KEYS.test(frontMatterBlock(text) ?? '') ||
    pathTranslationGroup(path) !== undefined
  );
}
