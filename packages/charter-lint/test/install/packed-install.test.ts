import { existsSync, lstatSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parse } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { DidOpenTextDocumentNotification, InitializeRequest } from 'vscode-languageserver-protocol/node';
import { ensureBuilt, packageRoot } from '../cli/built.js';
import { startClient } from '../lsp/client.js';
import { contentRepository, packTarballs, shell, userEnvironment } from './content-repository.js';
import { commandLines, recipe } from './recipes.js';
import { runWorkflow } from './workflow.js';

// A writer's content repository, outside the monorepo, with the packed tarballs installed as
// `npm install --save-dev @alima/charter-lint` would install the published package; then every
// documented command and recipe runs there as written in the README.

const MOPTI = `---
title: Mopti
---

# Mopti

The chairman opened the clinic.

In 2023, 332,957 displaced persons arrived in Mopti.
`;

const CONTENT = {
  'package.json': JSON.stringify({ name: 'content-site', version: '1.0.0', private: true }, null, 2),
  '.gitignore': 'node_modules/\n',
  '.charter-lintrc.json': JSON.stringify({ rules: { 'charter-language': 'warning' } }),
  'drafts/mopti.md': MOPTI,
  'drafts/clean.md': '# Clean\n\nNothing to report here.\n',
  // What the README's examples name.
  'drafts/mali.md': '# Mali\n\nA clean page.\n',
  'docs/guide.md': '# Guide\n\nHow we write.\n',
};

let root: string;

beforeAll(() => {
  ensureBuilt();
  const packs = mkdtempSync(join(tmpdir(), 'charter-lint-packs-'));
  const tarballs = packTarballs(packs);
  root = contentRepository(CONTENT);
  // lint-staged 16 for the lint-staged recipe (17 needs Node 22.22).
  const install = shell(
    `npm install --save-dev --no-audit --no-fund ${tarballs.map((file) => `'${file}'`).join(' ')} lint-staged@^16`,
    root,
  );
  if (install.code !== 0) throw new Error(`npm install failed:\n${install.output}`);
}, 900_000);

const SOURCED = /drafts\/mopti\.md[\s\S]*9:\d+\s+error\s+"332,957" has no source/;

describe('the packed package in a fresh content repository', () => {
  it('is installed from the tarball, with both commands executable', () => {
    const installed = join(root, 'node_modules/@alima/charter-lint');
    expect(lstatSync(installed).isSymbolicLink()).toBe(false);
    const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
      devDependencies: Record<string, string>;
    };
    expect(Object.keys(manifest.devDependencies)).toContain('@alima/charter-lint');
    for (const bin of ['charter-lint', 'charter-lint-language-server']) {
      expect(lstatSync(join(installed, 'bin', `${bin}.js`)).mode & 0o111).not.toBe(0);
    }
    expect(shell('npm exec --no -- charter-lint --version', root)).toMatchObject({
      code: 0,
      stdout: '0.0.0\n',
    });
  });

  it('runs every command of the README\'s "Command line" block', () => {
    const lines = commandLines(recipe('## Command line', 'sh'));
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) {
      expect(line).toMatch(/^npx --no-install charter-lint\b/);
      const result = shell(line, root);
      // 0 or 1 (findings); 2 would be a broken install, a usage error or a missing path.
      expect([line, result.code < 2, result.stderr]).toEqual([line, true, '']);
    }
    const all = shell(lines[0] ?? '', root);
    expect(all.stdout).toMatch(SOURCED);
    // The repository's configuration applies: charter-language raised from info to warning.
    expect(all.stdout).toMatch(/7:5\s+warning\s+Avoid “chairman”/);
  });

  it('runs the language server', async () => {
    const client = startClient(
      root,
      ['npx', '--no-install', 'charter-lint-language-server', '--stdio'],
      userEnvironment(),
    );
    try {
      await client.connection.sendRequest(InitializeRequest.type, {
        processId: process.pid,
        rootUri: pathToFileURL(root).href,
        capabilities: {},
      });
      const uri = pathToFileURL(join(root, 'drafts/mopti.md')).href;
      const published = client.nextDiagnostics(uri);
      await client.connection.sendNotification(DidOpenTextDocumentNotification.type, {
        textDocument: { uri, languageId: 'markdown', version: 1, text: MOPTI },
      });
      const { diagnostics } = await published;
      expect(diagnostics.map((diagnostic) => [diagnostic.code, diagnostic.severity])).toEqual([
        ['charter-language', 2],
        ['sourced-figures', 1],
      ]);
    } finally {
      await client.stop();
    }
  });

  it('runs the GitHub Actions recipe with the composite action: annotations, SARIF, failing job', () => {
    const run = runWorkflow(
      recipe('### GitHub Actions: the action (annotations and code scanning)', 'yaml'),
      root,
      userEnvironment(),
      packageRoot,
    );
    expect(run.output).toMatch(/::error file=drafts\/mopti\.md,line=9,.*title=sourced-figures::/);
    expect(run.code).toBe(1);
    const upload = run.skipped.find((step) => step.uses.startsWith('github/codeql-action/upload-sarif@'));
    expect(upload?.with.sarif_file).toBe('./charter-lint.sarif');
    const sarif = JSON.parse(readFileSync(join(root, upload?.with.sarif_file ?? ''), 'utf8')) as {
      runs: { results: { ruleId: string }[] }[];
    };
    expect(sarif.runs[0]?.results.map((result) => result.ruleId)).toEqual([
      'charter-language',
      'sourced-figures',
    ]);
  });

  it('runs the GitHub Actions recipe without the action', () => {
    const run = runWorkflow(
      recipe('### GitHub Actions: without the action', 'yaml'),
      root,
      userEnvironment(),
      packageRoot,
    );
    expect(run.output).toMatch(/::error file=drafts\/mopti\.md,line=9,/);
    expect(run.code).toBe(1);
  });

  it('runs the GitLab CI recipe', () => {
    const [job = { script: [] }] = Object.values(
      parse(recipe('### GitLab CI', 'yaml')) as Record<string, { script: string[] }>,
    );
    expect(job.script.length).toBeGreaterThan(0);
    const results = job.script.map((line) => shell(line, root));
    expect(results.slice(0, -1).map((result) => result.code)).toEqual(job.script.slice(0, -1).map(() => 0));
    expect(results.at(-1)?.code).toBe(1);
    expect(results.at(-1)?.stdout).toMatch(SOURCED);
  });

  it('runs the pre-commit hook as pre-commit does: the entry with the staged Markdown files', () => {
    const config = parse(recipe('### pre-commit', 'yaml')) as { repos: { hooks: { entry: string }[] }[] };
    const entry = config.repos[0]?.hooks[0]?.entry ?? '';
    expect(entry).toBe('npx --no-install charter-lint');
    expect(shell(`${entry} drafts/clean.md`, root).code).toBe(0);
    const failing = shell(`${entry} drafts/clean.md drafts/mopti.md`, root);
    expect(failing.code).toBe(1);
    expect(failing.stdout).toMatch(SOURCED);
  });

  it('runs the lint-staged recipe: fixes and stages safe edits, stops a commit with errors', () => {
    const manifestPath = join(root, 'package.json');
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Record<string, unknown>;
    writeFileSync(
      manifestPath,
      JSON.stringify({ ...manifest, ...JSON.parse(recipe('### lint-staged', 'json')) }, null, 2),
    );
    writeFileSync(join(root, 'drafts/new.md'), '# New\n\nThe chairman visited the site.\n');
    expect(shell('git add drafts/new.md package.json', root).code).toBe(0);
    const passing = shell('npx --no-install lint-staged', root);
    expect(passing.code, passing.output).toBe(0);
    expect(shell('git show :drafts/new.md', root).stdout).toBe('# New\n\nThe chair visited the site.\n');

    writeFileSync(join(root, 'drafts/new.md'), '# New\n\nThe region has 44,000 displaced families.\n');
    expect(shell('git add drafts/new.md', root).code).toBe(0);
    const failing = shell('npx --no-install lint-staged', root);
    expect(failing.code).toBe(1);
    expect(failing.output).toContain('"44,000" has no source');
  });

  it('never needed the registry for charter-lint itself: no unscoped package was installed', () => {
    expect(existsSync(join(root, 'node_modules/charter-lint'))).toBe(false);
  });
});
