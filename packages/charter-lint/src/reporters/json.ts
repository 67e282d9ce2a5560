import type { Reporter } from './reporter.js';

/** The JSON report: the documented contract, one array of file reports. */
export const json: Reporter = (reports) => `${JSON.stringify(reports)}\n`;
