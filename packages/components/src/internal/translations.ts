/**
 * The strings the elements show. A language registers one object with every
 * key; functions take the already formatted values they interpolate.
 */
export interface Translation {
  /** BCP 47 code of the language this object translates to, e.g. `fr`. */
  $code: string;
  /** Name of the language in itself, e.g. `Français`. */
  $name: string;
  keyFigures: string;
  sources: string;
  footnoteLabel: (number: string) => string;
  backToReference: (number: string) => string;
  missingFootnote: string;
  donate: string;
  donateAmount: (amount: string) => string;
  photoCredit: (photographer: string, organization: string) => string;
  /** A stat card's short in-text source, e.g. `Source: World Bank 2020`. */
  statSource: (source: string) => string;
}

/** What `registerTranslation` takes: a language code and any of the keys; the others fall back. */
export type PartialTranslation = Partial<Translation> & Pick<Translation, '$code'>;

export const en: Translation = {
  $code: 'en',
  $name: 'English',
  keyFigures: 'Key figures',
  sources: 'Sources',
  footnoteLabel: (number) => `Source ${number}`,
  backToReference: (number) => `Back to reference ${number}`,
  missingFootnote: 'missing source',
  donate: 'Donate',
  donateAmount: (amount) => `Donate ${amount}`,
  photoCredit: (photographer, organization) => `© ${photographer} / ${organization}`,
  statSource: (source) => `Source: ${source}`,
};

export const fr: Translation = {
  $code: 'fr',
  $name: 'Français',
  keyFigures: 'Chiffres-clés',
  sources: 'Sources',
  footnoteLabel: (number) => `Source ${number}`,
  backToReference: (number) => `Retour à l’appel de note ${number}`,
  missingFootnote: 'source manquante',
  donate: 'Faire un don',
  donateAmount: (amount) => `Faire un don de ${amount}`,
  photoCredit: (photographer, organization) => `© ${photographer} / ${organization}`,
  // French puts a narrow no-break space before the colon.
  statSource: (source) => `Source\u202f: ${source}`,
};
