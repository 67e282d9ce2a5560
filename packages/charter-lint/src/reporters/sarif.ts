import type { FileReport, ReportMessage, SuppressedReportMessage } from '../engine/report-types.js';
import { helpUrl, INFORMATION_URI } from '../report/help-url.js';
import type { Reporter } from './reporter.js';

const LEVEL: Record<ReportMessage['severity'], 'error' | 'warning' | 'note'> = {
  error: 'error',
  warning: 'warning',
  info: 'note',
};

const segments = (path: string) =>
  path.split(/[\\/]/).filter((segment, index) => index === 0 || segment !== '');
const isAbsolute = (path: string) => /^(?:[\\/]|[A-Za-z]:[\\/])/.test(path);

/**
 * `docs/a b.md` → `docs/a%20b.md`: a URI relative to `%SRCROOT%`, the
 * current folder. A file outside it (reports name it by its absolute path)
 * gets `../` steps up from that folder, so every URI has the same base.
 */
function toUri(path: string, cwd: string | undefined): string {
  let parts = segments(path);
  if (isAbsolute(path) && cwd !== undefined) {
    const base = segments(cwd);
    let common = 0;
    while (common < base.length && common < parts.length && base[common] === parts[common]) common++;
    // Another drive has no relative path: keep the absolute one.
    if (common > 0) parts = [...Array<string>(base.length - common).fill('..'), ...parts.slice(common)];
  }
  return parts.map((part) => (part === '..' ? part : encodeURIComponent(part))).join('/');
}

/** `file:///work/docs/`: the folder `%SRCROOT%` stands for. */
const folderUri = (cwd: string) =>
  `file://${cwd.startsWith('/') ? '' : '/'}${segments(cwd).map(encodeURIComponent).join('/').replace(/%3A/, ':')}/`;

/** Suppressed findings are results too, marked as such: GitHub shows them as dismissed, with the reason. */
const withSuppressed = (report: FileReport): (ReportMessage | SuppressedReportMessage)[] => [
  ...report.messages,
  ...(report.suppressedMessages ?? []),
];

/**
 * SARIF 2.1.0, as GitHub code scanning accepts it: every rule of the run
 * with its summary and documentation link, every finding with a relative
 * file URI (relative to `%SRCROOT%`, the current folder, even for files
 * outside it) and a region. Upload with github/codeql-action/upload-sarif.
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
      helpUri: helpUrl(id, charterIds),
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
            artifactLocation: { uri: toUri(report.filePath, context.cwd), uriBaseId: '%SRCROOT%' },
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
        ...(context.cwd === undefined
          ? {}
          : { originalUriBaseIds: { '%SRCROOT%': { uri: folderUri(context.cwd) } } }),
        results,
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
};
