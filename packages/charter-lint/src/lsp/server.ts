import {
  CodeActionKind,
  DidChangeWatchedFilesNotification,
  TextDocuments,
  TextDocumentSyncKind,
  type Connection,
  type Diagnostic,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { packageVersion } from '../cli/version.js';
import { MARKDOWN_GLOB } from '../parse/markdown-glob.js';
import { CONFIG_FILE_NAMES } from '../config/find-config.js';
import { codeActions } from './code-actions.js';
import { DocumentLinter } from './document-linter.js';
import { LintThread } from './lint-thread.js';
import { hoverAt } from './hover.js';

/** The languages the server lints; editors send Markdown as `markdown` (and MDX as `mdx`). */
const LANGUAGES = new Set(['markdown', 'mdx']);

/**
 * The charter-lint language server on `connection`: diagnostics when a
 * Markdown document opens and on every change, quick fixes (the finding's
 * replacements, "ignore here") and hover with the rule's summary and link.
 */
export function startLanguageServer(connection: Connection): void {
  const documents = new TextDocuments(TextDocument);
  const published = new Map<string, Diagnostic[]>();
  const thread = new LintThread();
  const linter = new DocumentLinter(
    (uri, text) => thread.lint(uri, text),
    ({ uri, version, diagnostics }) => {
      published.set(uri, diagnostics);
      void connection.sendDiagnostics({ uri, version, diagnostics });
    },
    (message) => connection.console.error(message),
  );
  let watchConfiguration = false;
  const wanted = (document: TextDocument) =>
    LANGUAGES.has(document.languageId) || /\.(md|markdown|mdx)$/i.test(document.uri);

  connection.onInitialize(({ capabilities }) => {
    watchConfiguration = capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
    return {
      capabilities: {
        textDocumentSync: TextDocumentSyncKind.Incremental,
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
        hoverProvider: true,
      },
      serverInfo: { name: 'charter-lint', version: packageVersion() },
    };
  });
  // A configuration file edited outside the open drafts changes their findings: lint them again.
  connection.onInitialized(() => {
    if (!watchConfiguration) return;
    void connection.client.register(DidChangeWatchedFilesNotification.type, {
      // markdownlint's own files too: their settings reach the findings through the configuration.
      // Drafts too: the project rules compare the open ones with those of the same scope on disk.
      watchers: [...CONFIG_FILE_NAMES, '.markdownlint*', MARKDOWN_GLOB].map((name) => ({
        globPattern: name.startsWith('**/') ? name : `**/${name}`,
      })),
    });
  });
  connection.onDidChangeWatchedFiles(() => {
    thread.filesChanged();
    for (const document of documents.all()) if (wanted(document)) linter.schedule(document);
  });

  // Fires on open too.
  documents.onDidChangeContent(({ document }) => wanted(document) && linter.schedule(document));
  documents.onDidClose(({ document }) => {
    linter.close(document.uri);
    thread.forget(document.uri);
    published.delete(document.uri);
    void connection.sendDiagnostics({ uri: document.uri, diagnostics: [] });
  });

  connection.onCodeAction(({ textDocument, range, context }) => {
    const document = documents.get(textDocument.uri);
    if (document === undefined) return [];
    // Clients that drop a diagnostic's `data` get the server's own diagnostics for the range.
    const sent = context.diagnostics.filter((diagnostic) => diagnostic.data !== undefined);
    const diagnostics =
      sent.length > 0
        ? sent
        : (published.get(textDocument.uri) ?? []).filter(
            (diagnostic) =>
              diagnostic.range.start.line <= range.end.line && diagnostic.range.end.line >= range.start.line,
          );
    return codeActions(document, diagnostics);
  });
  connection.onHover(({ textDocument, position }) =>
    hoverAt(published.get(textDocument.uri) ?? [], position),
  );

  connection.onShutdown(() => thread.close());

  documents.listen(connection);
  connection.listen();
}
