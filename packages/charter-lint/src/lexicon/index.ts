import { compileLexicon, type CompiledLexicon } from './compile.js';
import en from './data/en.json' with { type: 'json' };
import fr from './data/fr.json' with { type: 'json' };
import type { Lang } from '../config/langs.js';
import type { Lexicon } from './types.js';
import { validateLexicon } from './validate.js';

/**
 * The lexicons shipped with the linter, validated as they load: a malformed
 * entry throws here, naming the file and key, so the test suite fails before
 * any release. Imported as JSON modules, so Node and Vite bundles (the
 * Storybook live checker) load them the same way, without `fs`.
 */
export const lexicons: Readonly<Record<Lang, Lexicon>> = {
  en: validateLexicon(en, 'src/lexicon/data/en.json'),
  fr: validateLexicon(fr, 'src/lexicon/data/fr.json'),
};

const compiled = new Map<Lexicon, CompiledLexicon>();

/** A lexicon's matcher, compiled on first use and then shared. */
export function compiledLexicon(lexicon: Lexicon): CompiledLexicon {
  let result = compiled.get(lexicon);
  if (result === undefined) compiled.set(lexicon, (result = compileLexicon(lexicon)));
  return result;
}
