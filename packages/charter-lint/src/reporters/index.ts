import { github } from './github.js';
import { json } from './json.js';
import type { Reporter } from './reporter.js';
import { sarif } from './sarif.js';
import { stylish } from './stylish.js';

/** The `--format` values and their reporters. */
export const reporters = { stylish, json, sarif, github } as const satisfies Record<string, Reporter>;
export type FormatName = keyof typeof reporters;
export const FORMAT_NAMES = Object.keys(reporters) as FormatName[];
