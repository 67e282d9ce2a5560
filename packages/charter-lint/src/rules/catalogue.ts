import type { CharterRule } from './define-rule.js';

/**
 * Every rule, in the order the docs list them. The preset, config
 * validation, suppression comments and the Storybook rule book read this list.
 */
export const rules: readonly CharterRule<never>[] = [];

export const ruleIds: readonly string[] = rules.map((rule) => rule.meta.id);
