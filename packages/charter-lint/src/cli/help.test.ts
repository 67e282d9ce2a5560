import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { OPTIONS } from './args.js';
import { HELP } from './help.js';

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');

/** How a flag is written where users look: `--no-x` for an option that is on by default. */
const spelled = Object.entries(OPTIONS).map(([name, option]) =>
  option.type === 'boolean' && option.default === true ? `--no-${name}` : `--${name}`,
);

describe('every command-line flag is documented', () => {
  it.each(spelled)('%s is in --help and in the README', (flag) => {
    expect(HELP).toContain(flag);
    // In a code span of the options table: `--flag …` or `-f, --flag …`.
    expect(readme).toMatch(new RegExp(`\`(-\\w, )?${flag}\\b`));
  });
});
