/** A story text in each language the Storybook shows. */
export interface Bilingual {
  en: string;
  fr: string;
}

/**
 * The text for the language column a story renders in. The Storybook's
 * story root renders side-by-side stories once per language and passes that
 * language as `globals.locale`, so a French column gets French labels, notes
 * and links, not English ones under a French `lang`.
 */
export function inLanguage(globals: Record<string, unknown>, text: Bilingual): string {
  return globals['locale'] === 'fr' ? text.fr : text.en;
}
