import type { ReportMessage } from '../engine/report-types.js';
import { helpUrl, INFORMATION_URI } from '../report/help-url.js';
import type { Reporter } from './reporter.js';

const LEVEL: Record<ReportMessage['severity'], 'error' | 'warning' | 'note'> = {
  error: 'error',
  warning: 'warning',
  info: 'note',
};

/** `docs/a b.md` → `docs/a%20b.md`: SARIF URIs, relative to the repository root. */
const toUri = (path: string) => path.split(/[\\/]/).map(encodeURIComponent).join('/');

/**
 * SARIF 2.1.0, as GitHub code scanning accepts it: every rule of the run
 * with its summary and documentation link, every finding with a relative
 * file URI and a region. Upload with github/codeql-action/upload-sarif.
 */
export const sarif: Reporter = (reports, context) => {
  const charter = new Map(context.rules.map((rule) => [rule.meta.id, rule.meta]));
  const ids = [...charter.keys()];
  for (const report of reports) {
    for (const message of report.messages) if (!ids.includes(message.ruleId)) ids.push(message.ruleId);
  }
  const charterIds = new Set(charter.keys());
  const rules = ids.map((id) => {
    const meta = charter.get(id);
    return {
      id,
      shortDescription: { text: meta?.summary ?? id },
      helpUri: helpUrl(id, charterIds),
      ...(meta ? { defaultConfiguration: { level: LEVEL[meta.defaultSeverity] } } : {}),
    };
  });
  const results = reports.flatMap((report) =>
    report.messages.map((message) => ({
      ruleId: message.ruleId,
      ruleIndex: ids.indexOf(message.ruleId),
      level: LEVEL[message.severity],
      message: { text: message.message },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: toUri(report.filePath), uriBaseId: '%SRCROOT%' },
            region: {
              startLine: message.line,
              startColumn: message.column,
              endLine: message.endLine,
              endColumn: message.endColumn,
            },
          },
        },
      ],
    })),
  );
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: { name: 'charter-lint', version: context.version, informationUri: INFORMATION_URI, rules },
        },
        results,
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
};
