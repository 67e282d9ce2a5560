import type { Preset } from 'unified';
import { remarkCharterSyntax } from './parse/syntax.js';
import { rules } from './rules/catalogue.js';

/**
 * The recommended preset: the syntax the rules read, then every rule at its
 * default severity. Name it in a `.remarkrc` to use the rules under remark-cli.
 */
const preset: Preset = {
  plugins: [remarkCharterSyntax, ...rules],
};

export default preset;
