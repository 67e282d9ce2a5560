import type { ReportMessage } from '../engine/report-types.js';
import { paint, type Style } from './colors.js';
import { printable } from './printable.js';
import type { Reporter } from './reporter.js';
import { summaryLine, totals } from './summary.js';

const SEVERITY_STYLE: Record<ReportMessage['severity'], Style> = {
  error: 'red',
  warning: 'yellow',
  info: 'blue',
};

const pad = (text: string, width: number) => text + ' '.repeat(Math.max(0, width - text.length));
const padStart = (text: string, width: number) => ' '.repeat(Math.max(0, width - text.length)) + text;

/**
 * ESLint's "stylish": each file with findings, one aligned line per finding
 * (`line:column  severity  message  rule`), then the totals. What came from
 * a file or a file name is printed with its control characters escaped.
 */
export const stylish: Reporter = (reports, context) => {
  const color = paint(context.color);
  const out: string[] = [];
  for (const report of reports) {
    if (report.messages.length === 0) continue;
    const rows = report.messages.map((message) => [
      `${message.line}:${message.column}`,
      message.severity,
      printable(message.message.replace(/\s*\n\s*/g, ' ')),
      printable(message.ruleId),
    ]);
    const widths = [0, 1, 2].map((column) => Math.max(...rows.map((row) => row[column]?.length ?? 0)));
    out.push(color('underline', printable(report.filePath)));
    for (const [position = '', severity = '', message = '', ruleId = ''] of rows) {
      out.push(
        `  ${color('dim', padStart(position, widths[0] ?? 0))}  ${color(SEVERITY_STYLE[severity as ReportMessage['severity']], pad(severity, widths[1] ?? 0))}  ${pad(message, widths[2] ?? 0)}  ${color('dim', ruleId)}`,
      );
    }
    out.push('');
  }
  const summary = summaryLine(reports);
  if (summary !== undefined) {
    out.push(color('bold', color(totals(reports).errors > 0 ? 'red' : 'yellow', `✖ ${summary}`)));
  }
  return out.length === 0 ? '' : `${out.join('\n')}\n`;
};
