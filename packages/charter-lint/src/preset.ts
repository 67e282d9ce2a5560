import type { Preset } from 'unified';
import { remarkCharterSyntax } from './parse/syntax.js';
import { rules } from './rules/catalogue.js';
import { remarkCharterSuppression } from './suppression/message-control.js';

/**
 * The recommended preset: the syntax the rules read, every rule at its
 * default severity, then the `<!-- charter-lint … -->` suppression comments
 * (last: they filter what the rules reported). Name it in a `.remarkrc` to
 * use the rules under remark-cli or the remark language server:
 * `{"plugins": ["@alima/charter-lint/preset"]}`.
 */
const preset: Preset = {
  plugins: [remarkCharterSyntax, ...rules, remarkCharterSuppression],
};

export default preset;
