import { spawnSync } from 'node:child_process';
import {
  chmodSync,
  chownSync,
  linkSync,
  lstatSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  statSync,
  symlinkSync,
  unlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintFile } from './lint-file.js';
import { noTodo } from './test-rules.js';

const folder = () => mkdtempSync(join(tmpdir(), 'charter-lint-disk-'));
const fix = (file: string) => lintFile(file, { fix: true, catalogue: [noTodo], displayPath: 'draft.md' });
const isRoot = process.getuid?.() === 0;

describe('lintFile on what the disk holds', () => {
  it('reports a file removed while it was being fixed, and creates nothing', async () => {
    const dir = folder();
    const file = join(dir, 'draft.md');
    writeFileSync(file, 'A TODO.\n');
    // lintFile reads the file before its first await; the file goes away while it lints.
    const pending = fix(file);
    unlinkSync(file);
    const report = await pending;
    expect(report.messages[0]).toEqual(
      expect.objectContaining({ ruleId: 'file-changed', severity: 'error', fatal: true }),
    );
    expect(report.messages.map((message) => message.ruleId)).toContain('no-todo');
    expect(readdirSync(dir)).toEqual([]);
  });

  it('reports a symbolic link loop as unreadable, naming the loop', async () => {
    const dir = folder();
    symlinkSync('loop.md', join(dir, 'loop.md'));
    const report = await lintFile(join(dir, 'loop.md'), { displayPath: 'loop.md' });
    expect(report.messages).toEqual([
      expect.objectContaining({
        ruleId: 'file-unreadable',
        fatal: true,
        message: 'Cannot read the file (ELOOP: too many symbolic links, probably a loop).',
      }),
    ]);
  });

  it('reports a FIFO as not a regular file instead of waiting for a writer', async () => {
    const fifo = join(folder(), 'pipe.md');
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    const report = await lintFile(fifo, { displayPath: 'pipe.md' });
    expect(report.messages[0]?.message).toBe('Cannot read the file (ENOTFILE: not a regular file).');
  });

  it('keeps the mode through --fix (0666 stays 0666, whatever the umask)', async () => {
    const file = join(folder(), 'draft.md');
    writeFileSync(file, 'A TODO.\n');
    chmodSync(file, 0o666);
    await fix(file);
    expect(readFileSync(file, 'utf8')).toBe('A done.\n');
    expect(statSync(file).mode & 0o7777).toBe(0o666);
  });

  it('keeps the owner and group through --fix (run as root, it gives them back)', async () => {
    const file = join(folder(), 'draft.md');
    writeFileSync(file, 'A TODO.\n');
    const owner = isRoot ? { uid: 65534, gid: 65534 } : { uid: statSync(file).uid, gid: statSync(file).gid };
    chownSync(file, owner.uid, owner.gid);
    await fix(file);
    expect(readFileSync(file, 'utf8')).toBe('A done.\n');
    expect(statSync(file)).toMatchObject(owner);
  });

  it('writes through a symbolic link: the link stays a link, the target gets the fix', async () => {
    const dir = folder();
    writeFileSync(join(dir, 'target.md'), 'A TODO.\n');
    symlinkSync('target.md', join(dir, 'draft.md'));
    await fix(join(dir, 'draft.md'));
    expect(lstatSync(join(dir, 'draft.md')).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(dir, 'target.md'), 'utf8')).toBe('A done.\n');
    expect(readdirSync(dir).sort()).toEqual(['draft.md', 'target.md']);
  });

  it('writes a hard-linked file in place: both names keep sharing the fixed content', async () => {
    const dir = folder();
    const file = join(dir, 'draft.md');
    writeFileSync(file, 'A TODO.\n');
    linkSync(file, join(dir, 'other-name.md'));
    const inode = statSync(file).ino;
    await fix(file);
    expect(statSync(file).ino).toBe(inode);
    expect(readFileSync(join(dir, 'other-name.md'), 'utf8')).toBe('A done.\n');
  });

  it('refuses to fix a read-only file (even as root), saying so, and leaves it alone', async () => {
    const file = join(folder(), 'draft.md');
    writeFileSync(file, 'A TODO.\n');
    chmodSync(file, 0o444);
    const report = await fix(file);
    expect(readFileSync(file, 'utf8')).toBe('A TODO.\n');
    expect(statSync(file).mode & 0o777).toBe(0o444);
    expect(report.messages[0]).toEqual(
      expect.objectContaining({ ruleId: 'file-unwritable', severity: 'error', fatal: true }),
    );
    expect(report.messages[0]?.message).toContain('is read-only; not fixed');
  });

  it('removes the temporary file a killed --fix run left beside the file', async () => {
    const dir = folder();
    const file = join(dir, 'draft.md');
    writeFileSync(file, 'A TODO.\n');
    // A process that has exited: its pid names no running process.
    const gone = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], {
      encoding: 'utf8',
    }).stdout;
    writeFileSync(join(dir, `.draft.md.charter-lint-${gone}-0a1b2c.tmp`), 'half a fi');
    // A temporary file of a process that still runs (this one) is another run's, and stays.
    writeFileSync(join(dir, `.other.md.charter-lint-${process.pid}-0a1b2c.tmp`), 'in progress');
    await fix(file);
    expect(readdirSync(dir).sort()).toEqual([`.other.md.charter-lint-${process.pid}-0a1b2c.tmp`, 'draft.md']);
  });
});

describe('lintFile encodings', () => {
  it.each([
    ['UTF-16 LE', (text: string) => Buffer.from(`\uFEFF${text}`, 'utf16le')],
    ['UTF-16 BE', (text: string) => Buffer.from(`\uFEFF${text}`, 'utf16le').swap16()],
  ])(
    'lints %s with a byte-order mark, and --fix writes it back in the same encoding',
    async (_name, encode) => {
      const file = join(folder(), 'draft.md');
      writeFileSync(file, encode('A TODO in café.\n'));
      const report = await lintFile(file, { catalogue: [noTodo] });
      expect(report.messages).toEqual([expect.objectContaining({ ruleId: 'no-todo', line: 1, column: 3 })]);
      await fix(file);
      expect(readFileSync(file)).toEqual(encode('A done in café.\n'));
    },
  );

  it('places invalid UTF-8 at its bytes even when the file already holds U+FFFD', async () => {
    const file = join(folder(), 'draft.md');
    writeFileSync(
      file,
      Buffer.concat([
        Buffer.from('A \uFFFD sign.\nSecond line: caf'),
        Buffer.from([0xe9]),
        Buffer.from('.\n'),
      ]),
    );
    const report = await lintFile(file, { catalogue: [] });
    expect(report.messages[0]).toEqual(
      expect.objectContaining({ ruleId: 'file-encoding', line: 2, column: 17, endColumn: 18 }),
    );
  });
});

describe('lintFile and its caller', () => {
  it('still throws a ConfigError for invalid options: the caller’s mistake, not the file’s', async () => {
    const file = join(folder(), 'draft.md');
    writeFileSync(file, 'Text.\n');
    await expect(lintFile(file, { lang: 'de' as never })).rejects.toThrow('"lang" must be one of en, fr');
  });
});
