import type { CharterRule } from './define-rule.js';
import { footnoteSequence } from './footnote-sequence.js';
import { footnoteSource } from './footnote-source.js';
import { footnoteUndefined } from './footnote-undefined.js';
import { footnoteUnused } from './footnote-unused.js';

/**
 * Every rule, in the order the docs list them. The preset, config
 * validation, suppression comments and the Storybook rule book read this list.
 */
export const rules: readonly CharterRule<never>[] = [
  footnoteUndefined,
  footnoteUnused,
  footnoteSource,
  footnoteSequence,
];

export const ruleIds: readonly string[] = rules.map((rule) => rule.meta.id);
