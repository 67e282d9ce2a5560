/**
 * The ways a reader meets each story: both languages, both surfaces, a phone
 * and a laptop width; and once under forced colours (Windows high contrast),
 * as Chromium really applies them.
 */
export const LOCALES = ['en', 'fr'] as const;
export const SURFACES = ['light', 'dark'] as const;
export const WIDTHS = [375, 1280] as const;

export interface Variant {
  /** The toolbar's Language, or the value the story pins (`both` for side-by-side stories). */
  locale: string;
  /** The toolbar's Surface, or the value the story pins. */
  surface: string;
  width: number;
  forcedColors: boolean;
}

/** A baseline's file name: `en-dark-375`, `both-light-1280`, `forced-colors-en-light-1280`. */
export function variantName({ locale, surface, width, forcedColors }: Variant): string {
  return `${forcedColors ? 'forced-colors-' : ''}${locale}-${surface}-${width}`;
}

/**
 * The variants of a story whose own `globals` may pin the language or the
 * surface: a pinned switch has one value, so the story is not shot twice
 * the same.
 */
export function variantsOf(storyGlobals: Record<string, unknown>): Variant[] {
  const pinned = (key: string): string | undefined => {
    const value = storyGlobals[key];
    return typeof value === 'string' ? value : undefined;
  };
  const locales = pinned('locale') ? [pinned('locale') as string] : [...LOCALES];
  const surfaces = pinned('surface') ? [pinned('surface') as string] : [...SURFACES];
  const variants = locales.flatMap((locale) =>
    surfaces.flatMap((surface) =>
      WIDTHS.map((width): Variant => ({ locale, surface, width, forcedColors: false })),
    ),
  );
  const [locale = 'en'] = locales;
  const [surface = 'light'] = surfaces;
  return [...variants, { locale, surface, width: 1280, forcedColors: true }];
}
