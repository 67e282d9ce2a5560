import type { ReportMessage } from '../engine/report-types.js';
import type { Reporter } from './reporter.js';
import { stylish } from './stylish.js';

const COMMAND: Record<ReportMessage['severity'], string> = {
  error: 'error',
  warning: 'warning',
  info: 'notice',
};

// GitHub's workflow-command escaping: data escapes % CR LF; property values also `:` and `,`.
const escapeData = (text: string) => text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (text: string) => escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');

/**
 * GitHub Actions workflow commands (`::error file=…,line=…::message`), which
 * become annotations on the pull request, then the readable stylish summary
 * for the job log.
 */
export const github: Reporter = (reports, context) => {
  const commands = reports.flatMap((report) =>
    report.messages.map((message) => {
      const properties = [
        `file=${escapeProperty(report.filePath)}`,
        `line=${message.line}`,
        `col=${message.column}`,
        `endLine=${message.endLine}`,
        `endColumn=${message.endColumn}`,
        `title=${escapeProperty(message.ruleId)}`,
      ].join(',');
      return `::${COMMAND[message.severity]} ${properties}::${escapeData(message.message)}\n`;
    }),
  );
  return commands.join('') + stylish(reports, { ...context, color: false });
};
