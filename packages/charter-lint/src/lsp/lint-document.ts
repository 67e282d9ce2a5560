import { fileURLToPath } from 'node:url';
import type { Diagnostic } from 'vscode-languageserver';
import { ConfigError } from '../config/config-types.js';
import { FileSettings } from '../engine/file-settings.js';
import { lintText } from '../engine/lint-text.js';
import { toDiagnostic } from './to-diagnostic.js';

/** A configuration error as a diagnostic at the top of the document, naming the file and key. */
function configDiagnostic(error: ConfigError): Diagnostic {
  return {
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } },
    severity: 1,
    code: 'config',
    source: 'charter-lint',
    message: `charter-lint cannot run: ${error.message}`,
  };
}

/**
 * The diagnostics of a document's text under the command's settings for its
 * path; an untitled document (no file path) is linted with the defaults.
 * Configuration files are looked up afresh for each run (a few stat calls),
 * so an edited `.charter-lintrc.json` applies at the next keystroke.
 */
export async function lintDocument(uri: string, text: string): Promise<Diagnostic[]> {
  const path = uri.startsWith('file:') ? fileURLToPath(uri) : undefined;
  try {
    const settings = path === undefined ? {} : new FileSettings().forFile(path);
    if (settings === undefined) return [];
    const report = await lintText(text, { ...settings, filePath: path ?? uri });
    return report.messages.map(toDiagnostic);
  } catch (error) {
    if (error instanceof ConfigError) return [configDiagnostic(error)];
    throw error;
  }
}
