import { getVersion } from 'markdownlint';
import type { FileReport, ReportMessage, SuppressedReportMessage } from '../engine/report-types.js';
import { ruleUrl } from '../rules/rule-meta.js';
import type { Reporter } from './reporter.js';

const INFORMATION_URI = 'https://github.com/alima-ngo/toolkit/tree/main/packages/charter-lint';
/** Where the checks the engine itself reports (unreadable files, suppression comments) are documented. */
const ENGINE_CHECKS_URI = `${INFORMATION_URI}#checks-of-the-linter-itself`;

const LEVEL: Record<ReportMessage['severity'], 'error' | 'warning' | 'note'> = {
  error: 'error',
  warning: 'warning',
  info: 'note',
};

function helpUri(id: string, charterIds: ReadonlySet<string>): string {
  if (charterIds.has(id)) return ruleUrl(id);
  if (/^MD\d{3}$/.test(id)) {
    return `https://github.com/DavidAnson/markdownlint/blob/v${getVersion()}/doc/${id.toLowerCase()}.md`;
  }
  return ENGINE_CHECKS_URI;
}

/** Suppressed findings are results too, marked as such: GitHub shows them as dismissed, with the reason. */
const withSuppressed = (report: FileReport): (ReportMessage | SuppressedReportMessage)[] => [
  ...report.messages,
  ...(report.suppressedMessages ?? []),
];

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
    for (const message of withSuppressed(report)) if (!ids.includes(message.ruleId)) ids.push(message.ruleId);
  }
  const charterIds = new Set(charter.keys());
  const rules = ids.map((id) => {
    const meta = charter.get(id);
    return {
      id,
      shortDescription: { text: meta?.summary ?? id },
      helpUri: helpUri(id, charterIds),
      ...(meta ? { defaultConfiguration: { level: LEVEL[meta.defaultSeverity] } } : {}),
    };
  });
  const results = reports.flatMap((report) =>
    withSuppressed(report).map((message) => ({
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
      ...('suppressions' in message
        ? {
            suppressions: message.suppressions.map(({ justification }) => ({
              kind: 'inSource',
              ...(justification === '' ? {} : { justification }),
            })),
          }
        : {}),
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
