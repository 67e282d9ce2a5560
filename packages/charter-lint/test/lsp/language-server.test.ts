import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CodeActionRequest,
  DidChangeTextDocumentNotification,
  DidChangeWatchedFilesNotification,
  FileChangeType,
  DidOpenTextDocumentNotification,
  HoverRequest,
  type CodeAction,
  type Diagnostic,
  type MarkupContent,
  type TextEdit,
} from 'vscode-languageserver-protocol/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { FileReport } from '../../src/engine/report-types.js';
import { binPath, ensureBuilt } from '../cli/built.js';
import { folderWith } from '../cli/fixtures.js';
import { serverBin, startInitializedClient, type LspClient } from './client.js';

const DRAFT = `---
title: Mopti
---

# Report

The chairman opened the clinic.

In 2023, 332,957 displaced persons arrived in Mopti,
and more came later.

[^9]: World Bank 2020
`;

const ids = (diagnostics: Diagnostic[]) => diagnostics.map((diagnostic) => diagnostic.code);

function withCode(diagnostics: Diagnostic[], code: string): Diagnostic {
  const found = diagnostics.find((diagnostic) => diagnostic.code === code);
  if (found === undefined) throw new Error(`No ${code} diagnostic in ${JSON.stringify(ids(diagnostics))}`);
  return found;
}

let root: string;
let client: LspClient;
let uri: string;
let document: TextDocument;

/** Sends the whole new text as the editor would after an edit, and waits for its diagnostics. */
async function change(text: string): Promise<Diagnostic[]> {
  document = TextDocument.create(uri, 'markdown', document.version + 1, text);
  const published = client.nextDiagnostics(uri, (params) => params.version === document.version);
  await client.connection.sendNotification(DidChangeTextDocumentNotification.type, {
    textDocument: { uri, version: document.version },
    contentChanges: [{ text }],
  });
  return (await published).diagnostics;
}

async function actionsFor(diagnostic: Diagnostic): Promise<CodeAction[]> {
  const actions = await client.connection.sendRequest(CodeActionRequest.type, {
    textDocument: { uri },
    range: diagnostic.range,
    context: { diagnostics: [diagnostic] },
  });
  return (actions ?? []) as CodeAction[];
}

const apply = (action: CodeAction | undefined): string => {
  const edits: TextEdit[] = action?.edit?.changes?.[uri] ?? [];
  expect(edits.length).toBeGreaterThan(0);
  return TextDocument.applyEdits(document, edits);
};

beforeAll(async () => {
  ensureBuilt();
  // The workspace's configuration turns footnote-unused off: the server must honour it as the command does.
  root = folderWith({
    '.charter-lintrc.json': JSON.stringify({
      rules: { 'footnote-unused': 'off' },
      markdownlint: { MD053: false },
    }),
    'drafts/mopti.md': DRAFT,
  });
  uri = pathToFileURL(join(root, 'drafts/mopti.md')).href;
  let init;
  ({ client, init } = await startInitializedClient(root));
  expect(init.capabilities.hoverProvider).toBe(true);
  expect(init.capabilities.codeActionProvider).toBeTruthy();
}, 180_000);

afterAll(async () => {
  await client?.stop();
});

describe('charter-lint-language-server over stdio', () => {
  it('publishes diagnostics on open, under the workspace configuration', async () => {
    document = TextDocument.create(uri, 'markdown', 1, DRAFT);
    const published = client.nextDiagnostics(uri);
    await client.connection.sendNotification(DidOpenTextDocumentNotification.type, {
      textDocument: { uri, languageId: 'markdown', version: 1, text: DRAFT },
    });
    const { diagnostics, version } = await published;
    expect(version).toBe(1);
    expect(ids(diagnostics)).toEqual(['charter-language', 'sourced-figures']);
    const figure = withCode(diagnostics, 'sourced-figures');
    expect(figure.range).toEqual({ start: { line: 8, character: 9 }, end: { line: 8, character: 16 } });
    expect(figure.severity).toBe(1);
    expect(figure.codeDescription?.href).toMatch(/docs\/rules\/sourced-figures\.md$/);
    // The command, run in the workspace on the saved draft, reports the same findings.
    const cli = spawnSync(process.execPath, [binPath, '--format', 'json', 'drafts/mopti.md'], {
      cwd: root,
      encoding: 'utf8',
    });
    const [report] = JSON.parse(cli.stdout) as FileReport[];
    const SEVERITY = { error: 1, warning: 2, info: 3 };
    expect(
      diagnostics.map((d) => [
        d.code,
        d.severity,
        d.range.start.line + 1,
        d.range.start.character + 1,
        d.message,
      ]),
    ).toEqual(report?.messages.map((m) => [m.ruleId, SEVERITY[m.severity], m.line, m.column, m.message]));
  });

  it('publishes new diagnostics on change', async () => {
    const diagnostics = await change(DRAFT.replace('332,957', '332,957 (UNHCR 2023)[^9]'));
    expect(ids(diagnostics)).toEqual(['charter-language']);
    await change(DRAFT);
  });

  it('offers the lexicon replacement as a quick fix that resolves the finding', async () => {
    const diagnostics = await change(DRAFT);
    const language = withCode(diagnostics, 'charter-language');
    const actions = await actionsFor(language);
    const replace = actions.find((action) => action.title === 'Replace with “chair”');
    expect(replace?.isPreferred).toBe(true);
    const fixed = apply(replace);
    expect(fixed).toContain('The chair opened the clinic.');
    expect(ids(await change(fixed))).toEqual(['sourced-figures']);
  });

  it('offers "ignore here": a suppression comment with a reason before the paragraph', async () => {
    const diagnostics = await change(DRAFT);
    const figure = withCode(diagnostics, 'sourced-figures');
    const ignore = (await actionsFor(figure)).find((action) =>
      action.title.startsWith('Ignore sourced-figures'),
    );
    const edited = apply(ignore);
    expect(edited).toContain(
      'The chairman opened the clinic.\n\n<!-- charter-lint ignore sourced-figures -- reason -->\n\nIn 2023, 332,957',
    );
    expect(ids(await change(edited))).not.toContain('sourced-figures');
  });

  it('lints open drafts again when a configuration file changes', async () => {
    await change(DRAFT);
    const config = join(root, '.charter-lintrc.json');
    const before = readFileSync(config, 'utf8');
    writeFileSync(
      config,
      JSON.stringify({
        rules: { 'footnote-unused': 'off', 'sourced-figures': 'off' },
        markdownlint: { MD053: false },
      }),
    );
    try {
      const published = client.nextDiagnostics(
        uri,
        (params) => !ids(params.diagnostics).includes('sourced-figures'),
      );
      await client.connection.sendNotification(DidChangeWatchedFilesNotification.type, {
        changes: [{ uri: pathToFileURL(config).href, type: FileChangeType.Changed }],
      });
      expect(ids((await published).diagnostics)).toEqual(['charter-language']);
    } finally {
      writeFileSync(config, before);
    }
  });

  it('explains a finding on hover, with a link to the rule page', async () => {
    const diagnostics = await change(DRAFT);
    const figure = withCode(diagnostics, 'sourced-figures');
    const hover = await client.connection.sendRequest(HoverRequest.type, {
      textDocument: { uri },
      position: { line: figure.range.start.line, character: figure.range.start.character + 2 },
    });
    const value = (hover?.contents as MarkupContent).value;
    expect(value).toContain('**sourced-figures**: Every statistic in prose cites its source');
    expect(value).toMatch(/\(https:\/\/\S+\/docs\/rules\/sourced-figures\.md\)/);
    const nothing = await client.connection.sendRequest(HoverRequest.type, {
      textDocument: { uri },
      position: { line: 5, character: 2 },
    });
    expect(nothing).toBeNull();
  });
});

describe('charter-lint-language-server without a transport', () => {
  it('exits 2 and says to pass --stdio', () => {
    const result = spawnSync(process.execPath, [serverBin], { encoding: 'utf8' });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('--stdio');
  });
});
