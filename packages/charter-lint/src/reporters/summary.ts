import type { FileReport } from '../engine/report-types.js';

export interface Totals {
  errors: number;
  warnings: number;
  infos: number;
}

export function totals(reports: readonly FileReport[]): Totals {
  let errors = 0;
  let warnings = 0;
  let infos = 0;
  for (const report of reports) {
    errors += report.errorCount;
    warnings += report.warningCount;
    infos += report.messages.filter((message) => message.severity === 'info').length;
  }
  return { errors, warnings, infos };
}

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

/** `3 problems (1 error, 1 warning, 1 info)`, or `undefined` when there are none. */
export function summaryLine(reports: readonly FileReport[]): string | undefined {
  const { errors, warnings, infos } = totals(reports);
  const problems = errors + warnings + infos;
  if (problems === 0) return undefined;
  return `${plural(problems, 'problem')} (${plural(errors, 'error')}, ${plural(warnings, 'warning')}, ${infos} info)`;
}
