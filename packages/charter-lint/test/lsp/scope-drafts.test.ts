import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  DidChangeWatchedFilesNotification,
  DidOpenTextDocumentNotification,
  FileChangeType,
  type Diagnostic,
} from 'vscode-languageserver-protocol/node';
import { ensureBuilt } from '../cli/built.js';
import { folderWith } from '../cli/fixtures.js';
import { startInitializedClient, type LspClient } from './client.js';

const draft = (scope: string, count: string) =>
  `---\nscope: ${scope}\n---\n\n# Our work\n\nSince 2009, ALIMA has treated ${count} patients.\n`;

let client: LspClient;
let root: string;
let uri: string;

const consistency = (diagnostics: Diagnostic[]) =>
  diagnostics
    .filter((diagnostic) => diagnostic.code === 'figure-consistency')
    .map((diagnostic) => `${diagnostic.range.start.line + 1}: ${diagnostic.message}`);

beforeAll(async () => {
  ensureBuilt();
  // Only a.md is opened; the other drafts of the repository are on disk, as in a real workspace.
  root = folderWith({
    '.git/HEAD': '',
    'a.md': draft('alima', '13 million'),
    'pages/b.md': draft('alima', '5 million'),
    'pages/other.md': draft('chad', '7 million'),
  });
  uri = pathToFileURL(join(root, 'a.md')).href;
  ({ client } = await startInitializedClient(root));
}, 180_000);

afterAll(async () => {
  await client?.stop();
});

describe(
  'figure-consistency in the editor compares with the drafts of the same scope on disk',
  { timeout: 60_000 },
  () => {
    it('as the command does: a closed draft of the scope, not one of another scope', async () => {
      const published = client.nextDiagnostics(uri);
      await client.connection.sendNotification(DidOpenTextDocumentNotification.type, {
        textDocument: { uri, languageId: 'markdown', version: 1, text: draft('alima', '13 million') },
      });
      expect(consistency((await published).diagnostics)).toEqual([
        `7: "13 million" patients (2009) is "5 million" in ${join('pages', 'b.md')}:7`,
      ]);
    });

    it('finds a draft created on disk once the editor reports the change', async () => {
      writeFileSync(join(root, 'pages/b.md'), draft('alima', '13 million'));
      writeFileSync(join(root, 'pages/new.md'), draft('alima', '9 million'));
      const published = client.nextDiagnostics(uri, (params) =>
        params.diagnostics.some((diagnostic) => String(diagnostic.message).includes('new.md')),
      );
      await client.connection.sendNotification(DidChangeWatchedFilesNotification.type, {
        changes: [
          { uri: pathToFileURL(join(root, 'pages/b.md')).href, type: FileChangeType.Changed },
          { uri: pathToFileURL(join(root, 'pages/new.md')).href, type: FileChangeType.Created },
        ],
      });
      expect(consistency((await published).diagnostics)).toEqual([
        `7: "13 million" patients (2009) is "9 million" in ${join('pages', 'new.md')}:7`,
      ]);
    });
  },
);
