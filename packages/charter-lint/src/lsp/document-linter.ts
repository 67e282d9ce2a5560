import { fileURLToPath } from 'node:url';
import type { Diagnostic } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { ConfigError } from '../config/config-types.js';
import { FileSettings } from '../engine/file-settings.js';
import { lintText } from '../engine/lint-text.js';
import { toDiagnostic } from './to-diagnostic.js';

/** The diagnostics of one version of a document. */
export interface Linted {
  uri: string;
  version: number;
  diagnostics: Diagnostic[];
}

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
 * Lints open documents under the command's settings for their path.
 * Configuration files are looked up afresh for each run (a few stat calls),
 * so an edited `.charter-lintrc.json` applies at the next keystroke. Edits
 * that arrive while a document is being linted are coalesced: when the run
 * ends, only the newest version is linted again, and stale results are
 * dropped rather than published.
 */
export class DocumentLinter {
  private readonly running = new Map<string, Promise<void>>();
  private readonly latest = new Map<string, TextDocument>();

  constructor(
    private readonly publish: (linted: Linted) => void,
    /** Where a run that failed outright is told (the editor's output channel). */
    private readonly logError: (message: string) => void,
  ) {}

  /** Lints the document now, or as soon as the run in progress for it ends. */
  schedule(document: TextDocument): void {
    this.latest.set(document.uri, document);
    if (!this.running.has(document.uri)) this.start(document.uri);
  }

  /** Forgets a closed document; a run in progress publishes nothing. */
  close(uri: string): void {
    this.latest.delete(uri);
  }

  private start(uri: string): void {
    const run = (async () => {
      for (;;) {
        const document = this.latest.get(uri);
        if (document === undefined) return;
        const diagnostics = await lintDocument(document);
        if (this.latest.get(uri) === document) {
          this.publish({ uri, version: document.version, diagnostics });
          return;
        }
      }
    })()
      // The server outlives one document's failure: say so, keep serving the others.
      .catch((error: unknown) =>
        this.logError(
          `charter-lint could not lint ${uri}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
        ),
      )
      .finally(() => this.running.delete(uri));
    this.running.set(uri, run);
  }
}

/** One document's diagnostics; an untitled document (no file path) is linted with the defaults. */
export async function lintDocument(document: TextDocument): Promise<Diagnostic[]> {
  const path = document.uri.startsWith('file:') ? fileURLToPath(document.uri) : undefined;
  try {
    const settings = path === undefined ? {} : new FileSettings().forFile(path);
    if (settings === undefined) return [];
    const report = await lintText(document.getText(), { ...settings, filePath: path ?? document.uri });
    return report.messages.map(toDiagnostic);
  } catch (error) {
    if (error instanceof ConfigError) return [configDiagnostic(error)];
    throw error;
  }
}
