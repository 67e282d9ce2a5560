import { mkdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { remark } from 'remark';
import { engine, type Context } from 'unified-engine';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, packageRoot } from './built.js';
import { folderWith } from './fixtures.js';

beforeAll(ensureBuilt, 180_000);

/** Runs remark-cli's own engine, configured as remark-cli configures it, in `cwd`. */
function remarkCli(
  cwd: string,
  files: string[],
): Promise<{ code: number; context: Context | undefined; log: string }> {
  const stream = new PassThrough();
  let log = '';
  stream.on('data', (chunk: Buffer) => (log += chunk.toString()));
  return new Promise((resolve, reject) => {
    engine(
      {
        processor: remark,
        cwd,
        files,
        extensions: ['md', 'markdown'],
        rcName: '.remarkrc',
        packageField: 'remarkConfig',
        ignoreName: '.remarkignore',
        pluginPrefix: 'remark',
        color: false,
        out: false,
        output: false,
        streamError: stream,
      },
      (error, code, context) => (error ? reject(error) : resolve({ code: code ?? 0, context, log })),
    );
  });
}

/** As if installed: `root/node_modules/@alima/charter-lint` is this package. */
function linkPackage(root: string): void {
  mkdirSync(join(root, 'node_modules/@alima'), { recursive: true });
  symlinkSync(packageRoot, join(root, 'node_modules/@alima/charter-lint'), 'dir');
}

describe('the preset under remark-cli', () => {
  it('runs every rule and honours suppression comments from a .remarkrc naming it', async () => {
    const root = folderWith({
      '.remarkrc': JSON.stringify({ plugins: ['@alima/charter-lint/preset'] }),
      'draft.md':
        'A claim.[^missing]\n\n<!-- charter-lint ignore footnote-undefined -->\n\nAnother claim.[^gone]\n',
    });
    linkPackage(root);
    const { code, context, log } = await remarkCli(root, ['draft.md']);
    const messages = context?.files?.[0]?.messages ?? [];
    expect(messages.map((message) => [message.ruleId, message.line, message.source])).toEqual([
      ['footnote-undefined', 1, 'charter-lint'],
    ]);
    expect(messages[0]?.fatal).toBe(true);
    expect(log).toContain('footnote-undefined');
    expect(code).toBe(1);
  });

  it('passes a clean draft with exit code 0', async () => {
    const root = folderWith({
      'package.json': JSON.stringify({ remarkConfig: { plugins: ['@alima/charter-lint/preset'] } }),
      'draft.md': '# Clean\n\nNothing to report.\n',
    });
    linkPackage(root);
    const { code, context } = await remarkCli(root, ['draft.md']);
    expect(context?.files?.[0]?.messages).toEqual([]);
    expect(code).toBe(0);
  });
});
