import { charterLanguage } from './charter-language.js';
import type { CharterRule } from './define-rule.js';
import type { ProjectRule } from './define-project-rule.js';
import { figureConsistency } from './figure-consistency.js';
import { figureRegistry } from './figure-registry.js';
import { footnoteSequence } from './footnote-sequence.js';
import { footnoteSource } from './footnote-source.js';
import { footnoteUndefined } from './footnote-undefined.js';
import { footnoteUnused } from './footnote-unused.js';
import { photoAltText } from './photo-alt-text.js';
import { photoCreditFormat } from './photo-credit-format.js';
import { photoCredit } from './photo-credit.js';
import { sourcedFigures } from './sourced-figures.js';
import { translationParity } from './translation-parity.js';

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

/**
 * The rules that compare drafts with each other and with the figure
 * registry: the command and the language server run them after every
 * file's own lint; a single text (`lintText`) skips them.
 */
export const projectRules: readonly ProjectRule[] = [figureRegistry, translationParity, figureConsistency];

/** Every rule's metadata, file rules then project rules: the docs, config schema and rule book list these. */
export const ruleMetas = [...rules, ...projectRules].map((rule) => rule.meta);

export const ruleIds: readonly string[] = ruleMetas.map((meta) => meta.id);
