import { fileURLToPath } from 'node:url';
import type { Diagnostic } from 'vscode-languageserver';
import { ConfigError } from '../config/config-types.js';
import { FileSettings } from '../engine/file-settings.js';
import { lintTextWithFixes } from '../engine/lint-text.js';
import { projectSettings, withProjectFindings } from '../engine/project-pass.js';
import { Workspace } from './workspace.js';
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

const workspace = new Workspace();

/** A closed document: the project rules no longer compare others with its unsaved text. */
export function forgetDocument(uri: string): void {
  if (uri.startsWith('file:')) workspace.forget(fileURLToPath(uri));
}

/** Drafts changed on disk: the project rules find the drafts of each scope again. */
export function filesChanged(): void {
  workspace.filesChanged();
}

/**
 * The diagnostics of a document's text under the command's settings for its
 * path; an untitled document (no file path) is linted with the defaults.
 * Configuration files are looked up afresh for each run (a few stat calls),
 * so an edited `.charter-lintrc.json` applies at the next keystroke. A
 * document on disk also gets the project rules' findings, against its
 * registry, the other open documents, its translations on disk and the
 * drafts of its repository that share its `scope`.
 */
export async function lintDocument(uri: string, text: string): Promise<Diagnostic[]> {
  const path = uri.startsWith('file:') ? fileURLToPath(uri) : undefined;
  try {
    const fileSettings = new FileSettings();
    const settings = path === undefined ? {} : fileSettings.forFile(path);
    if (settings === undefined) return [];
    const { report, facts } = await lintTextWithFixes(text, {
      ...settings,
      filePath: path ?? uri,
      collectFacts: path !== undefined,
    });
    if (path === undefined || facts === undefined) return report.messages.map(toDiagnostic);
    const project = await workspace.findings(
      { path, shown: path, facts, settings: projectSettings(settings) },
      fileSettings,
    );
    return withProjectFindings(report, project).messages.map(toDiagnostic);
  } catch (error) {
    if (error instanceof ConfigError) return [configDiagnostic(error)];
    throw error;
  }
}
