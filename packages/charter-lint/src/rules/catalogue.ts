import { charterLanguage } from './charter-language.js';
import type { CharterRule } from './define-rule.js';
import { footnoteSequence } from './footnote-sequence.js';
import { footnoteSource } from './footnote-source.js';
import { footnoteUndefined } from './footnote-undefined.js';
import { footnoteUnused } from './footnote-unused.js';
import { photoAltText } from './photo-alt-text.js';
import { photoCreditFormat } from './photo-credit-format.js';
import { photoCredit } from './photo-credit.js';
import { sourcedFigures } from './sourced-figures.js';

/**
 * Every rule, in the order the docs list them. The preset, config
 * validation, suppression comments and the Storybook rule book read this list.
 */
export const rules: readonly CharterRule<never>[] = [
  sourcedFigures,
  footnoteUndefined,
  footnoteUnused,
  footnoteSource,
  footnoteSequence,
  photoCredit,
  photoCreditFormat,
  photoAltText,
  charterLanguage,
];

export const ruleIds: readonly string[] = rules.map((rule) => rule.meta.id);
