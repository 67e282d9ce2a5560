import { mkdtempSync, readdirSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { noTodo } from '../engine/test-rules.js';
import { applyFixes } from './apply-fixes.js';
import { fixText } from './fix-text.js';
import { ChangedOnDiskError, readSnapshot, writeIfUnchanged } from './write-if-unchanged.js';

describe('applyFixes', () => {
  it('applies fixes from the end so every offset stays true', () => {
    const result = applyFixes('a TODO b TODO c', [
      { start: 2, end: 6, text: 'done' },
      { start: 9, end: 13, text: 'finished' },
    ]);
    expect(result).toEqual({ output: 'a done b finished c', applied: 2, skipped: 0 });
  });

  it('skips overlapping and out-of-range fixes, and counts a repeated fix once', () => {
    const result = applyFixes('abcdef', [
      { start: 1, end: 3, text: 'X' },
      { start: 2, end: 4, text: 'Y' },
      { start: 1, end: 3, text: 'X' },
      { start: 4, end: 99, text: 'Z' },
      { start: 3, end: 3, text: '+' },
    ]);
    expect(result).toEqual({ output: 'aX+def', applied: 2, skipped: 2 });
  });

  it('never loses text outside the fixed ranges', () => {
    fc.assert(
      fc.property(
        fc.string(),
        fc.array(fc.tuple(fc.nat(40), fc.nat(5), fc.string({ maxLength: 3 }))),
        (source, edits) => {
          const fixes = edits.map(([start, length, text]) => ({ start, end: start + length, text }));
          const { output } = applyFixes(source, fixes);
          const kept = fixes.filter((fix) => fix.end <= source.length);
          if (kept.length === 0) expect(output).toBe(source);
          const first = Math.min(...kept.map((fix) => fix.start), source.length);
          expect(output.startsWith(source.slice(0, first))).toBe(true);
        },
      ),
    );
  });
});

describe('fixText', () => {
  it('fixes every finding that carries a fix and reports what is left', async () => {
    const { output, report, applied } = await fixText('TODO one, TODO two.\n\n![](a.png)\n', {
      catalogue: [noTodo],
    });
    expect(output).toBe('done one, done two.\n\n![](a.png)\n');
    expect(applied).toBe(2);
    expect(report.messages.map((m) => m.ruleId)).toEqual(['MD045']);
  });

  it('is idempotent: a second run changes nothing', async () => {
    const first = await fixText('A TODO.\n', { catalogue: [noTodo] });
    const second = await fixText(first.output, { catalogue: [noTodo] });
    expect(second.output).toBe(first.output);
    expect(second.applied).toBe(0);
  });

  it('leaves suppressed findings alone', async () => {
    const source = '<!-- charter-lint ignore no-todo -->\nTODO kept.\n\nTODO fixed.\n';
    expect((await fixText(source, { catalogue: [noTodo] })).output).toBe(
      '<!-- charter-lint ignore no-todo -->\nTODO kept.\n\ndone fixed.\n',
    );
  });
});

describe('writeIfUnchanged', () => {
  const folder = () => mkdtempSync(join(tmpdir(), 'charter-lint-fix-'));

  it('replaces the file and leaves no temporary file behind', () => {
    const dir = folder();
    const file = join(dir, 'draft.md');
    writeFileSync(file, 'old', { mode: 0o640 });
    writeIfUnchanged(file, readSnapshot(file), 'new');
    expect(readFileSync(file, 'utf8')).toBe('new');
    expect(statSync(file).mode & 0o777).toBe(0o640);
    expect(readdirSync(dir)).toEqual(['draft.md']);
  });

  it('refuses to write over an edit made after the read', () => {
    const dir = folder();
    const file = join(dir, 'draft.md');
    writeFileSync(file, 'old');
    const snapshot = readSnapshot(file);
    writeFileSync(file, 'edited by the writer meanwhile');
    expect(() => writeIfUnchanged(file, snapshot, 'fixed')).toThrow(ChangedOnDiskError);
    expect(readFileSync(file, 'utf8')).toBe('edited by the writer meanwhile');
    expect(readdirSync(dir)).toEqual(['draft.md']);
  });

  it('refuses when only the modification time changed (content rewritten identically)', () => {
    const dir = folder();
    const file = join(dir, 'draft.md');
    writeFileSync(file, 'same');
    const snapshot = readSnapshot(file);
    utimesSync(file, new Date(), new Date(Date.now() + 5000));
    expect(() => writeIfUnchanged(file, snapshot, 'fixed')).toThrow(ChangedOnDiskError);
    expect(readFileSync(file, 'utf8')).toBe('same');
  });
});
