import { main as charterLint } from '@alima/charter-lint/node';
import {
  type Dirent,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { main } from '../src/cli/main.js';
import { mali } from './mali.js';
import { output, runIn } from './run-cli.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'alima-render-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const run = (args: string[]) => runIn(dir, args);

/** Every file under `folder`, relative, sorted. */
const files = (folder: string): string[] =>
  existsSync(folder)
    ? (readdirSync(folder, { recursive: true, withFileTypes: true }) as Dirent[])
        .filter((entry) => entry.isFile())
        .map((entry) => join(entry.parentPath, entry.name).slice(folder.length + 1))
        .sort()
    : [];

const CLEAN = '---\nlang: fr\ntitle: Niger\n---\n\n# Niger\n\nUne page sans chiffre.\n';

describe('alima-render <draft|folder> --out <dir>', () => {
  it('writes one page per draft, in the drafts’ folders, with the tokens, the fallback styles and no script', async () => {
    mkdirSync(join(dir, 'drafts/sahel'), { recursive: true });
    writeFileSync(join(dir, 'drafts/mali.md'), mali);
    writeFileSync(join(dir, 'drafts/sahel/niger.md'), CLEAN);
    const { code, stdout } = await run(['drafts', '--out', 'site']);
    expect(code).toBe(0);
    expect(files(join(dir, 'site'))).toEqual([
      'assets/fallback.css',
      'assets/tokens.css',
      'mali.html',
      'sahel/niger.html',
    ]);
    expect(stdout.split('\n').filter(Boolean)).toEqual(['site/mali.html', 'site/sahel/niger.html']);
    const niger = readFileSync(join(dir, 'site/sahel/niger.html'), 'utf8');
    expect(niger).toContain('<html lang="fr">');
    expect(niger).toContain('<title>Niger</title>');
    // A page one folder down finds the assets one folder up.
    expect(niger).toContain('<link rel="stylesheet" href="../assets/tokens.css">');
    expect(niger).toContain('<link rel="stylesheet" href="../assets/fallback.css">');
    expect(niger).not.toContain('<script');
    const page = readFileSync(join(dir, 'site/mali.html'), 'utf8');
    expect(page).toContain('<link rel="stylesheet" href="assets/tokens.css">');
    // Server-rendered: declarative shadow DOM in the HTML.
    expect(page.match(/<alima-stat-card\b/gu)).toHaveLength(5);
    expect(page).toContain('<template shadowroot="open" shadowrootmode="open">');
  });

  it('--hydrate adds the client script and writes it next to the stylesheets', async () => {
    writeFileSync(join(dir, 'mali.md'), mali);
    const { code } = await run(['mali.md', '--out', 'site', '--hydrate']);
    expect(code).toBe(0);
    expect(files(join(dir, 'site'))).toContain('assets/alima-render-client.js');
    expect(readFileSync(join(dir, 'site/mali.html'), 'utf8')).toContain(
      '<script type="module" src="assets/alima-render-client.js"></script>',
    );
  });
});

describe('--check', () => {
  it('refuses a draft with charter-lint errors: the linter’s report, exit 1, nothing written', async () => {
    writeFileSync(join(dir, 'mali.md'), mali);
    const { code, stdout, stderr } = await run(['mali.md', '--out', 'site', '--check']);
    expect(code).toBe(1);
    expect(existsSync(join(dir, 'site'))).toBe(false);
    expect(stderr).toMatch(/--check found \d+ errors?; nothing rendered/u);
    // Printed as `charter-lint mali.md` prints it.
    const lint = { stdout: '', stderr: '' };
    const lintCode = await charterLint(['mali.md'], {
      cwd: dir,
      env: {},
      stdout: { write: (text: string) => (lint.stdout += text) },
      stderr: { write: (text: string) => (lint.stderr += text) },
    } as unknown as Parameters<typeof charterLint>[1]);
    expect(lintCode).toBe(1);
    expect(stdout).toBe(lint.stdout);
    expect(stdout).toContain('sourced-figures');
  });

  it('renders a draft the linter passes', async () => {
    writeFileSync(join(dir, 'niger.md'), CLEAN);
    const { code } = await run(['niger.md', '--out', 'site', '--check']);
    expect(code).toBe(0);
    expect(files(join(dir, 'site'))).toContain('niger.html');
  });
});

describe('--out never writes outside its folder', () => {
  it.each([['../../escaped'], ['/tmp/escaped'], ['..'], ['sub/page']])(
    'a front matter slug %s is refused with the draft’s name, exit 2, nothing written',
    async (slug) => {
      mkdirSync(join(dir, 'drafts'));
      writeFileSync(join(dir, 'drafts/a.md'), '# A\n');
      writeFileSync(join(dir, 'drafts/b.md'), `---\nslug: ${slug}\n---\n\n# B\n`);
      const before = files(dir);
      const { code, stderr } = await run(['drafts', '--out', 'site/out']);
      expect(code).toBe(2);
      expect(stderr).toContain(`drafts/b.md: front matter "slug: ${slug}" is not a file name`);
      expect(files(dir)).toEqual(before);
      expect(existsSync(join(dir, '..', 'escaped.html'))).toBe(false);
    },
  );

  it('a plain slug names the page', async () => {
    writeFileSync(join(dir, 'draft.md'), '---\nslug: mali-2024\n---\n\n# Mali\n');
    expect((await run(['draft.md', '--out', 'site'])).code).toBe(0);
    expect(files(join(dir, 'site'))).toContain('mali-2024.html');
  });

  it('skips the output folder when it is inside the drafts’ folder', async () => {
    writeFileSync(join(dir, 'a.md'), '# A\n');
    mkdirSync(join(dir, 'site'));
    writeFileSync(join(dir, 'site/stale.md'), '# Not a draft\n');
    expect((await run(['.', '--out', 'site'])).code).toBe(0);
    expect(files(join(dir, 'site'))).not.toContain('stale.html');
  });
});

describe('bad input: a clear message and exit 2', () => {
  it.each([
    [['missing.md', '--out', 'site'], 'missing.md: no such file or folder.'],
    [['notes.txt', '--out', 'site'], 'notes.txt: not a Markdown draft (.md).'],
    [['empty', '--out', 'site'], 'empty: no Markdown drafts (.md) in this folder.'],
    [['a.md'], 'Give the folder to write the pages to: --out <dir>.'],
    [['--out', 'site'], 'Give the draft (or folder of drafts) to render.'],
    [['a.md', '--out', 'a.md'], '--out a.md: is a file, not a folder.'],
    [['a.md', '--out', 'site', '--fast'], "Unknown option '--fast'"],
  ])('%j', async (args, message) => {
    writeFileSync(join(dir, 'a.md'), '# A\n');
    writeFileSync(join(dir, 'notes.txt'), 'not markdown');
    mkdirSync(join(dir, 'empty'));
    const { code, stderr } = await run(args);
    expect(code).toBe(2);
    expect(stderr).toContain(message);
    expect(stderr).toContain('Usage: alima-render');
    expect(existsSync(join(dir, 'site'))).toBe(false);
  });
});

describe('--watch', () => {
  it('renders again when the draft is saved, and stops when asked', async () => {
    writeFileSync(join(dir, 'draft.md'), '# First title\n');
    let stop: () => void = () => undefined;
    const stopped = new Promise<void>((resolve) => (stop = resolve));
    const { chunks, io } = output(dir);
    const running = main(['draft.md', '--out', 'site', '--watch'], io(stopped));
    const page = join(dir, 'site/draft.html');
    await expect
      .poll(() => existsSync(page) && readFileSync(page, 'utf8'), { timeout: 30_000 })
      .toContain('First title');
    await expect.poll(() => chunks.stderr, { timeout: 30_000 }).toContain('watching');
    writeFileSync(join(dir, 'draft.md'), '# Second title\n');
    await expect.poll(() => readFileSync(page, 'utf8'), { timeout: 30_000 }).toContain('Second title');
    // A draft saved half-way through an edit never stops the preview.
    writeFileSync(join(dir, 'draft.md'), '---\nslug: ../out\n---\n# Third\n');
    await expect.poll(() => chunks.stderr, { timeout: 30_000 }).toContain('is not a file name');
    writeFileSync(join(dir, 'draft.md'), '# Fourth title\n');
    await expect.poll(() => readFileSync(page, 'utf8'), { timeout: 30_000 }).toContain('Fourth title');
    stop();
    expect(await running).toBe(0);
  });
});

describe('the installed command', () => {
  it('bin/alima-render.js renders a draft and exits 0; a bad flag exits 2', () => {
    const bin = fileURLToPath(new URL('../bin/alima-render.js', import.meta.url));
    writeFileSync(join(dir, 'mali.md'), mali);
    const ok = spawnSync(process.execPath, [bin, 'mali.md', '--out', 'site'], { cwd: dir, encoding: 'utf8' });
    expect(ok.stderr).toBe('');
    expect(ok.status).toBe(0);
    expect(ok.stdout).toBe('site/mali.html\n');
    const bad = spawnSync(process.execPath, [bin, 'mali.md', '--out'], { cwd: dir, encoding: 'utf8' });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain("Option '-o, --out <value>' argument missing");
  });
});
