import type { Diagnostic, Hover, Position } from 'vscode-languageserver';
import { ruleMetas } from '../rules/catalogue.js';
import type { DiagnosticData } from './to-diagnostic.js';

const summaries = new Map(ruleMetas.map((meta) => [meta.id, meta.summary]));

const contains = (diagnostic: Diagnostic, position: Position): boolean => {
  const { start, end } = diagnostic.range;
  const after =
    position.line > start.line || (position.line === start.line && position.character >= start.character);
  const before =
    position.line < end.line || (position.line === end.line && position.character <= end.character);
  return after && before;
};

/**
 * The hover over findings: for each finding under the cursor, its rule, what
 * the rule asks (the catalogue's summary; the message itself for
 * markdownlint and the engine's checks) and a link to the rule's page.
 */
export function hoverAt(diagnostics: readonly Diagnostic[], position: Position): Hover | null {
  const here = diagnostics.filter((diagnostic) => contains(diagnostic, position));
  if (here.length === 0) return null;
  const sections = here.map((diagnostic) => {
    const id = (diagnostic.data as DiagnosticData | undefined)?.ruleId ?? String(diagnostic.code);
    const summary = summaries.get(id) ?? diagnostic.message;
    const link = diagnostic.codeDescription?.href;
    return `**${id}**: ${summary}${link ? `\n\n[${id} rule page](${link})` : ''}`;
  });
  return { contents: { kind: 'markdown', value: sections.join('\n\n---\n\n') }, range: here[0]?.range };
}
