import type { FormatName } from './format-names.js';
import { github } from './github.js';
import { json } from './json.js';
import type { Reporter } from './reporter.js';
import { sarif } from './sarif.js';
import { stylish } from './stylish.js';

export { FORMAT_NAMES, type FormatName } from './format-names.js';

/** The `--format` values and their reporters. */
export const reporters = { stylish, json, sarif, github } as const satisfies Record<FormatName, Reporter>;
