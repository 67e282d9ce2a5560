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

/** A key of {@link Translation} that holds a string to show (not `$code` or `$name`). */
export type StringKey = Exclude<keyof Translation, '$code' | '$name'>;

/** The languages this package ships strings for. */
export const builtInLanguages = ['en', 'fr'] as const;

/**
 * The shipped strings of some keys, in every shipped language. Each element
 * passes its own group to its `LocalizeController`, so a page that loads one
 * element does not ship the others' strings; every shipped string is in this
 * file. A language leaves out the strings it writes as English does.
 */
export type BuiltInStrings<K extends StringKey> = { en: Pick<Translation, K> } & Record<
  Exclude<(typeof builtInLanguages)[number], 'en'>,
  Partial<Pick<Translation, K>>
>;

export const statCardStrings: BuiltInStrings<'statSource'> = {
  en: { statSource: (source) => `Source: ${source}` },
  // French puts a narrow no-break space before the colon.
  fr: { statSource: (source) => `Source\u202f: ${source}` },
};

export const statGroupStrings: BuiltInStrings<'keyFigures'> = {
  en: { keyFigures: 'Key figures' },
  fr: { keyFigures: 'Chiffres-clés' },
};

export const photoCreditStrings: BuiltInStrings<'photoCredit'> = {
  en: { photoCredit: (photographer, organization) => `© ${photographer} / ${organization}` },
  fr: {},
};

export const footnoteRefStrings: BuiltInStrings<'footnoteLabel' | 'missingFootnote'> = {
  en: { footnoteLabel: (number) => `Source ${number}`, missingFootnote: 'missing source' },
  fr: { missingFootnote: 'source manquante' },
};

export const footnoteStrings: BuiltInStrings<'backToReference'> = {
  en: { backToReference: (number) => `Back to reference ${number}` },
  fr: { backToReference: (number) => `Retour à l’appel de note ${number}` },
};

export const footnotesStrings: BuiltInStrings<'sources'> = {
  en: { sources: 'Sources' },
  fr: {},
};

export const donateButtonStrings: BuiltInStrings<'donate' | 'donateAmount'> = {
  en: { donate: 'Donate', donateAmount: (amount) => `Donate ${amount}` },
  fr: { donate: 'Faire un don', donateAmount: (amount) => `Faire un don de ${amount}` },
};
