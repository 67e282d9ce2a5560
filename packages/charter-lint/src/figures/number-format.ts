import type { Lang } from '../config/langs.js';

/** How a language writes numbers: the characters that group thousands and mark decimals. */
export interface NumberFormat {
  group: ReadonlySet<string>;
  decimal: string;
  /**
   * A period where the language's own separators are spaces and a comma:
   * French writers also type `78.000` (a group: exactly three digits) and
   * `3.5` (a decimal: any other count of digits).
   */
  period?: 'group-or-decimal';
}

// Writers type a plain or no-break space where Intl would put a narrow one.
const SPACES = [' ', '\u00A0', '\u202F'];

function derive(lang: Lang): NumberFormat {
  const parts = new Intl.NumberFormat(lang).formatToParts(12345.6);
  const group = parts.find((part) => part.type === 'group')?.value ?? ',';
  const decimal = parts.find((part) => part.type === 'decimal')?.value ?? '.';
  const groups = SPACES.includes(group) ? [group, ...SPACES] : [group];
  const spaced = SPACES.includes(group) && decimal === ',';
  return { group: new Set(groups), decimal, ...(spaced ? { period: 'group-or-decimal' as const } : {}) };
}

/** English `332,957.5`; French `332 957,5` with a plain, no-break or narrow no-break space, or `332.957`. */
export const NUMBER_FORMATS: Readonly<Record<Lang, NumberFormat>> = { en: derive('en'), fr: derive('fr') };
