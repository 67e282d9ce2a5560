import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver';
import type { ReportMessage } from '../engine/report-types.js';
import { MARKDOWNLINT_SOURCE } from '../markdownlint/markdownlint-plugin.js';
import { helpUrl } from '../report/help-url.js';
import { SOURCE } from '../rules/define-rule.js';

/** What a diagnostic carries for code actions: the rule and the finding's replacements. */
export interface DiagnosticData {
  ruleId: string;
  expected?: string[];
}

const SEVERITY = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
} as const;

/**
 * A report message as an LSP diagnostic. Lines and columns are 1-based
 * UTF-16 offsets in reports and 0-based in LSP; an empty range (a finding
 * about a whole file) is widened to one character so editors show it.
 */
export function toDiagnostic(message: ReportMessage): Diagnostic {
  const start = { line: message.line - 1, character: message.column - 1 };
  let end = { line: message.endLine - 1, character: message.endColumn - 1 };
  if (end.line === start.line && end.character <= start.character) {
    end = { line: start.line, character: start.character + 1 };
  }
  const data: DiagnosticData = { ruleId: message.ruleId };
  if (message.expected !== undefined) data.expected = message.expected;
  return {
    range: { start, end },
    severity: SEVERITY[message.severity],
    code: message.ruleId,
    codeDescription: { href: helpUrl(message.ruleId) },
    source: /^MD\d{3}$/.test(message.ruleId) ? MARKDOWNLINT_SOURCE : SOURCE,
    message: message.message,
    data,
  };
}
