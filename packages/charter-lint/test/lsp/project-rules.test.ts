import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  DidChangeTextDocumentNotification,
  DidOpenTextDocumentNotification,
  type Diagnostic,
} from 'vscode-languageserver-protocol/node';
import { ensureBuilt } from '../cli/built.js';
import { folderWith } from '../cli/fixtures.js';
import { startInitializedClient, type LspClient } from './client.js';

const YEAR = new Date().getFullYear();
const REGISTRY = `mali.population:
  value: 20250000
  year: ${YEAR}
  source: World Bank
  scope: mali
  labels:
    en: [inhabitants]
    fr: [habitants]
`;
const page = (lang: string, body: string) =>
  `---\nlang: ${lang}\nscope: mali\n---\n\n# Mali\n\n${body}[^1]\n\n[^1]: World Bank ${YEAR}.\n`;
const EN = page('en', 'Mali has 21.9 million inhabitants.');
const FR = page('fr', 'Le Mali compte 20,25 millions d’habitants.');

let client: LspClient;
let uri: string;

const project = (diagnostics: Diagnostic[]) =>
  diagnostics
    .filter((diagnostic) => ['figure-registry', 'translation-parity'].includes(String(diagnostic.code)))
    .map((diagnostic) => `${diagnostic.range.start.line + 1} ${diagnostic.code}: ${diagnostic.message}`);

beforeAll(async () => {
  ensureBuilt();
  // Only the English draft is opened: the French one is on disk, as in a real workspace.
  const root = folderWith({ '.git/HEAD': '', 'figures.yml': REGISTRY, 'mali.en.md': EN, 'mali.fr.md': FR });
  uri = pathToFileURL(join(root, 'mali.en.md')).href;
  ({ client } = await startInitializedClient(root));
}, 180_000);

afterAll(async () => {
  await client?.stop();
});

describe('the language server runs the project rules', { timeout: 60_000 }, () => {
  it('checks an open draft against the registry and its translation on disk', async () => {
    const published = client.nextDiagnostics(uri);
    await client.connection.sendNotification(DidOpenTextDocumentNotification.type, {
      textDocument: { uri, languageId: 'markdown', version: 1, text: EN },
    });
    expect(project((await published).diagnostics)).toEqual([
      `8 figure-registry: "21.9 million" differs from the figure registry: 20,250,000 (${YEAR}, World Bank, mali.population)`,
      '8 translation-parity: "21.9 million" differs from "20,25 millions" in its translation mali.fr.md:8',
    ]);
  });

  it('leaves out a project finding the writer silences with a comment, and only that one', async () => {
    const text = EN.replace(
      'Mali has',
      '<!-- charter-lint ignore figure-registry -- the 2024 census, not yet in the registry -->\nMali has',
    );
    const published = client.nextDiagnostics(uri, (params) => params.version === 2);
    await client.connection.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri, version: 2 },
      contentChanges: [{ text }],
    });
    const { diagnostics } = await published;
    expect(project(diagnostics)).toEqual([
      '9 translation-parity: "21.9 million" differs from "20,25 millions" in its translation mali.fr.md:8',
    ]);
    expect(diagnostics.map((diagnostic) => diagnostic.code)).not.toContain('suppression-comment');
  });

  it('clears them as the writer corrects the figure', async () => {
    const text = EN.replace('21.9 million', '20.25 million');
    const published = client.nextDiagnostics(uri, (params) => params.version === 3);
    await client.connection.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri, version: 3 },
      contentChanges: [{ text }],
    });
    expect(project((await published).diagnostics)).toEqual([]);
  });
});
