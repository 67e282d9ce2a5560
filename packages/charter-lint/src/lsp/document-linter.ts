import type { Diagnostic } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';

/** The diagnostics of one version of a document. */
export interface Linted {
  uri: string;
  version: number;
  diagnostics: Diagnostic[];
}

/**
 * Schedules the lints of open documents. Edits that arrive while a document
 * is being linted are coalesced: when the run ends, only the newest version
 * is linted again, and stale results are dropped rather than published.
 */
export class DocumentLinter {
  private readonly running = new Map<string, Promise<void>>();
  private readonly latest = new Map<string, TextDocument>();

  constructor(
    /** Lints one version of a document (on the lint thread). */
    private readonly lint: (uri: string, text: string) => Promise<Diagnostic[]>,
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
        const diagnostics = await this.lint(uri, document.getText());
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
