import { CodeActionKind, type CodeAction, type Diagnostic } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { ignoreInsertion } from './ignore-comment.js';
import type { DiagnosticData } from './to-diagnostic.js';

/**
 * The quick fixes for diagnostics in a document: one per replacement a
 * finding offers (its `expected`, best first, so the first is preferred),
 * and "ignore here" for every finding, which inserts a suppression comment
 * with a reason to fill in.
 */
export function codeActions(document: TextDocument, diagnostics: readonly Diagnostic[]): CodeAction[] {
  const actions: CodeAction[] = [];
  for (const diagnostic of diagnostics) {
    const data = diagnostic.data as DiagnosticData | undefined;
    if (data === undefined) continue;
    (data.expected ?? []).forEach((replacement, index) => {
      actions.push({
        title: `Replace with “${replacement}”`,
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        isPreferred: index === 0,
        edit: { changes: { [document.uri]: [{ range: diagnostic.range, newText: replacement }] } },
      });
    });
    const insertion = ignoreInsertion(document.getText(), diagnostic.range.start.line + 1, data.ruleId);
    if (insertion === undefined) continue;
    const at = { line: insertion.line - 1, character: 0 };
    actions.push({
      title: `Ignore ${data.ruleId} here (add a suppression comment with a reason)`,
      kind: CodeActionKind.QuickFix,
      diagnostics: [diagnostic],
      edit: { changes: { [document.uri]: [{ range: { start: at, end: at }, newText: insertion.text }] } },
    });
  }
  return actions;
}
