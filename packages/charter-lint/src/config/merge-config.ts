import type { Configuration } from 'markdownlint';
import type { CharterLintConfig } from './config-types.js';

/**
 * markdownlint settings layered rule by rule (a later rule's setting
 * replaces the earlier one). A layer with `"default": false` means "only the
 * rules listed here", as in markdownlint: it replaces the layers below.
 */
export function mergeMarkdownlint(
  base: Configuration | false | undefined,
  over: Configuration | false | undefined,
): Configuration | false | undefined {
  if (over === undefined) return base;
  if (over === false || base === undefined || base === false || over.default === false) return over;
  return { ...base, ...over };
}

/**
 * `over` on top of `base`: rules and markdownlint settings merge rule by
 * rule, every other setting is replaced. `extends` and `root` are the
 * extending file's own business and are not inherited.
 */
export function mergeConfig(base: CharterLintConfig, over: CharterLintConfig): CharterLintConfig {
  const { extends: _bases, root: _root, $schema: _schema, ...inherited } = base;
  const merged: CharterLintConfig = { ...inherited, ...over };
  if (base.rules !== undefined || over.rules !== undefined) merged.rules = { ...base.rules, ...over.rules };
  const markdownlint = mergeMarkdownlint(base.markdownlint, over.markdownlint);
  if (markdownlint !== undefined) merged.markdownlint = markdownlint;
  return merged;
}
