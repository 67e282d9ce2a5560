/** Languages the rules and the lexicon support, for the `lang` setting and `--lang`. */
export const LANGS = ['en', 'fr'] as const;
export type Lang = (typeof LANGS)[number];
